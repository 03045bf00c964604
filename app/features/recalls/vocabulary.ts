import type { Language } from "~/platform/i18n/languages";

/** What a recall's hazard is, for the bulletin's chart; derived from the hazard text on import. */
export const HAZARD_KINDS = ["choking", "ingestion", "fire", "shock", "laceration", "fall", "strangulation", "suffocation", "drowning", "chemical", "other"] as const;
export type HazardKind = (typeof HAZARD_KINDS)[number];

export function isHazardKind(value: string): value is HazardKind {
  return (HAZARD_KINDS as readonly string[]).includes(value);
}

/** The state of a recall's text in one language. Only published text is shown in a bulletin. */
export const TRANSLATION_STATUSES = ["missing", "draft", "published"] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

/** The status column of a recall for a language. */
export function statusField(language: Language): "zhStatus" | "enStatus" {
  return language === "zh" ? "zhStatus" : "enStatus";
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A bulletin month, "yyyy-mm". */
export function isMonth(value: unknown): value is string {
  return typeof value === "string" && MONTH.test(value);
}

/** "2026-09" → "September 2026" / "2026年9月". */
export function formatMonth(month: string, language: Language): string {
  const [year, number] = month.split("-").map(Number);
  return new Intl.DateTimeFormat(language === "zh" ? "zh-CN" : "en", { year: "numeric", month: "long", timeZone: "UTC" }).format(
    new Date(Date.UTC(year!, number! - 1, 1)),
  );
}

/** Chinese names of the manufacturer countries that recalls name most often; other names are shown as imported. */
const COUNTRIES_ZH: Record<string, string> = {
  china: "中国",
  vietnam: "越南",
  "viet nam": "越南",
  malaysia: "马来西亚",
  thailand: "泰国",
  indonesia: "印度尼西亚",
  india: "印度",
  cambodia: "柬埔寨",
  bangladesh: "孟加拉国",
  taiwan: "中国台湾",
  mexico: "墨西哥",
  "united states": "美国",
};

export function countryName(name: string, language: Language): string {
  return language === "zh" ? (COUNTRIES_ZH[name.trim().toLowerCase()] ?? name) : name;
}

/** CPSC writes units as "About 3,500"; in Chinese that reads "约 3,500". */
export function unitsText(units: string, language: Language): string {
  return language === "zh" ? units.replace(/\babout\b\s*/gi, "约 ") : units;
}
