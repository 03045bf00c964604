import { useRouteLoaderData } from "@remix-run/react";
import type { Language } from "~/platform/i18n/languages";
import type { ErrorKind } from "./error-kind";
import type { SiteMeta } from "./page-title";

/**
 * What the root loader (app/root.tsx) gives every page: its language, whether
 * someone is signed in and with which role (nothing else of them: signed-in
 * pages may be shared by learners in the same state, decision 0038), and the
 * site's own links.
 */
export type RootData = { language: Language; user: { role: string } | null; site: SiteMeta; errorTitles: Record<ErrorKind, string> };

/** The root loader's data: page language and the signed-in user. */
export function useRootData() {
  return useRouteLoaderData<RootData>("root");
}
