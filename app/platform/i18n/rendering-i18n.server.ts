import { createInstance, type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { resources } from "~/locales";
import { i18nextOptions } from "./i18next-options";
import type { Language } from "./languages";

const instances = new Map<Language, Promise<i18n>>();

/**
 * The i18next instance that server rendering uses for a language. It is made
 * once per process (not per request: initialising one costs more than many
 * pages' worth of lookups) and never switched to another language.
 */
export function renderingI18n(language: Language): Promise<i18n> {
  let instance = instances.get(language);
  if (!instance) {
    const created = createInstance();
    instance = created
      .use(initReactI18next)
      .init({ ...i18nextOptions, lng: language, resources })
      .then(() => created);
    instances.set(language, instance);
  }
  return instance;
}
