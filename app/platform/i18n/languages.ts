/** The languages the platform is written in; the first URL segment names one. */
export const LANGUAGES = ["zh", "en"] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = "zh";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** The BCP 47 tag for `<html lang>` and for date/number formatting. */
export function htmlLang(language: Language): string {
  return language === "zh" ? "zh-CN" : "en";
}

export function otherLanguage(language: Language): Language {
  return language === "zh" ? "en" : "zh";
}

/** The same path in another language: `/zh/courses?x=1` → `/en/courses?x=1`. */
export function localizePath(pathWithSearch: string, language: Language): string {
  const [path = "/", search = ""] = pathWithSearch.split(/(?=[?#])/, 2);
  const segments = path.split("/").filter(Boolean);
  if (isLanguage(segments[0])) segments.shift();
  return `/${[language, ...segments].join("/")}${search}`;
}

/** The language named by the first segment of a URL path, if any. */
export function languageInPath(pathname: string): Language | null {
  const first = pathname.split("/").filter(Boolean)[0];
  return isLanguage(first) ? first : null;
}
