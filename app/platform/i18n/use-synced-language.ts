import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { loadTranslation } from "~/locales/load-translation";
import type { Language } from "./languages";

/**
 * Keeps the browser's i18next on the page's language when a client-side
 * navigation crosses languages (the switcher itself reloads the document).
 */
export function useSyncedLanguage(language: Language): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    if (i18n.language === language) return;
    let cancelled = false;
    void loadTranslation(language).then((translation) => {
      if (cancelled) return;
      i18n.addResourceBundle(language, "translation", translation, true, true);
      void i18n.changeLanguage(language);
    });
    return () => {
      cancelled = true;
    };
  }, [i18n, language]);
}
