import { htmlLang, type Language } from "~/platform/i18n/languages";

/** Date, start–end time and the venue's zone name, all in the venue's time zone. */
export function formatSchedule(startsAt: Date | string, endsAt: Date | string, timeZone: string, language: Language) {
  const locale = htmlLang(language);
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeZone }).format(start);
  const time = new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone });
  const zoneName =
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "long" }).formatToParts(start).find((part) => part.type === "timeZoneName")?.value ?? timeZone;
  return { date, time: `${time.format(start)}–${time.format(end)}`, zone: zoneName };
}

/** "HH:MM" in the venue's zone, for check-in times. */
export function formatClock(value: Date | string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(new Date(value));
}

/** "YYYY-MM" of an instant in a time zone, for month filters. */
export function monthKey(value: Date | string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-CA", { year: "numeric", month: "2-digit", timeZone }).formatToParts(new Date(value));
  return `${parts.find((p) => p.type === "year")?.value}-${parts.find((p) => p.type === "month")?.value}`;
}

export function formatMonth(key: string, language: Language): string {
  const [year, month] = key.split("-").map(Number);
  return new Intl.DateTimeFormat(htmlLang(language), { year: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, 15)),
  );
}
