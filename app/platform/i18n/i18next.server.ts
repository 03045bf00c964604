import { RemixI18Next } from "remix-i18next/server";
import { resources } from "~/locales";
import { languageCookie } from "./language-cookie.server";
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, languageInPath, type Language } from "./languages";

/**
 * Language of a request: the URL's first segment, then the remembered cookie,
 * then Accept-Language, then Chinese.
 */
export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...LANGUAGES],
    fallbackLanguage: DEFAULT_LANGUAGE,
    cookie: languageCookie,
    order: ["custom", "cookie", "header"],
    async findLocale(request) {
      return languageInPath(new URL(request.url).pathname);
    },
  },
  i18next: { resources, supportedLngs: [...LANGUAGES], fallbackLng: false, interpolation: { escapeValue: false } },
});

export async function resolveLanguage(request: Request): Promise<Language> {
  const detected = await i18nServer.getLocale(request);
  return isLanguage(detected) ? detected : DEFAULT_LANGUAGE;
}

const fixedT = new Map<Language, ReturnType<typeof i18nServer.getFixedT>>();

/** A translation function for server code (titles, emails, error messages); one instance per language. */
export function getServerT(language: Language) {
  let t = fixedT.get(language);
  if (!t) {
    t = i18nServer.getFixedT(language);
    fixedT.set(language, t);
  }
  return t;
}
