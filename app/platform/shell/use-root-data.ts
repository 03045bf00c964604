import { useRouteLoaderData } from "@remix-run/react";
import type { loader } from "~/root";

/** The root loader's data: page language and the signed-in user. */
export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}
