import { htmlLang, type Language } from "~/platform/i18n/languages";

/**
 * One formatter per language and style, made once: building an
 * Intl.DateTimeFormat costs far more than formatting with it (it showed in
 * the profile of every page that prints a date).
 */
function formatterFor(style: "date" | "dateTime", language: Language): Intl.DateTimeFormat {
  const key = `${style}:${language}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions = style === "date" ? { dateStyle: "long" } : { dateStyle: "medium", timeStyle: "short" };
    formatter = new Intl.DateTimeFormat(htmlLang(language), { ...options, timeZone: "Asia/Shanghai" });
    formatters.set(key, formatter);
  }
  return formatter;
}
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date as the learner reads it (platform dates are shown in China Standard Time). */
export function formatDate(value: Date | string, language: Language): string {
  return formatterFor("date", language).format(new Date(value));
}

/** A date and time of day as the reader reads it, in China Standard Time like every platform date. */
export function formatDateTime(value: Date | string, language: Language): string {
  return formatterFor("dateTime", language).format(new Date(value));
}
