import { isLanguage, type Language } from "./languages";
import { notFound } from "~/platform/http/responses";
import { getServerT } from "./i18next.server";

/** The `:lng` URL segment of a route below `/{lng}`; anything else is a 404. */
export function routeLanguage(params: { lng?: string }): Language {
  if (!isLanguage(params.lng)) throw notFound();
  return params.lng;
}

/** The page title in the route's language, "Page · Site". */
export async function pageTitle(language: Language, page: string): Promise<string> {
  const t = await getServerT(language);
  return t("common.pageTitle", { page });
}
