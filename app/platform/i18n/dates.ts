import { htmlLang, type Language } from "~/platform/i18n/languages";

/** A date as the learner reads it (platform dates are shown in China Standard Time). */
export function formatDate(value: Date | string, language: Language): string {
  return new Intl.DateTimeFormat(htmlLang(language), { dateStyle: "long", timeZone: "Asia/Shanghai" }).format(new Date(value));
}

/** A date and time of day as the reader reads it, in China Standard Time like every platform date. */
export function formatDateTime(value: Date | string, language: Language): string {
  return new Intl.DateTimeFormat(htmlLang(language), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }).format(new Date(value));
}
