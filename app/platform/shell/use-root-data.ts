import { useRouteLoaderData } from "@remix-run/react";
import type { Language } from "~/platform/i18n/languages";
import type { ErrorKind } from "./error-kind";
import type { SiteMeta } from "./page-title";

/** What the root loader (app/root.tsx) gives every page: its language, the signed-in user and the site's own links. */
export type RootData = { language: Language; user: { name: string; role: string } | null; site: SiteMeta; errorTitles: Record<ErrorKind, string> };

/** The root loader's data: page language and the signed-in user. */
export function useRootData() {
  return useRouteLoaderData<RootData>("root");
}
