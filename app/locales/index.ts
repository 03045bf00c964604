import type { Language } from "~/platform/i18n/languages";
import { translation as en } from "./en";
import { translation as zh } from "./zh";

export type Translation = typeof en;

/** Every language's strings, for the server. The browser loads only its own. */
export const resources: Record<Language, { translation: Translation }> = {
  zh: { translation: zh },
  en: { translation: en },
};
