import { getServerT } from "~/platform/i18n/i18next.server";
import type { Language } from "~/platform/i18n/languages";
import { appUrl } from "~/platform/runtime/env.server";
import type { SiteMeta } from "./page-title";

export async function siteMeta(language: Language): Promise<SiteMeta> {
  const t = await getServerT(language);
  return { language, name: t("common.siteName"), description: t("common.siteDescription"), url: appUrl };
}
