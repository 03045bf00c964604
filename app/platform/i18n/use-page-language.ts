import { useTranslation } from "react-i18next";
import { useRootData } from "~/platform/shell/use-root-data";
import { DEFAULT_LANGUAGE, isLanguage, type Language } from "./languages";

/** The language of the page being shown. */
export function usePageLanguage(): Language {
  const data = useRootData();
  const { i18n } = useTranslation();
  if (data) return data.language;
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}
