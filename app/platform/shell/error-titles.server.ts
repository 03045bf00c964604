import { getServerT } from "~/platform/i18n/i18next.server";
import type { Language } from "~/platform/i18n/languages";
import { ERROR_KINDS, type ErrorKind } from "./error-kind";

/**
 * The error pages' `<title>`s in the page's language, for the root loader's
 * data: a route's `meta` reads them when its error boundary shows, since a
 * `meta` function cannot translate by itself (page-title.ts, `errorMeta`).
 */
export async function errorTitles(language: Language): Promise<Record<ErrorKind, string>> {
  const t = await getServerT(language);
  return Object.fromEntries(ERROR_KINDS.map((kind) => [kind, t("common.pageTitle", { page: t(`errors.${kind}.title`) })])) as Record<ErrorKind, string>;
}
