import type { Language } from "~/platform/i18n/languages";
import type { Translation } from ".";

/** Loads one language's strings as a separate, content-hashed chunk. */
export async function loadTranslation(language: Language): Promise<Translation> {
  const module = language === "zh" ? await import("./zh") : await import("./en");
  return module.translation;
}
