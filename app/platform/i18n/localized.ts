import type { Language } from "~/platform/i18n/languages";

type WithBilingual<K extends string> = { [P in `${K}Zh` | `${K}En`]: string };

/** `row.titleZh` or `row.titleEn`, by language. */
export function localized<K extends string>(row: WithBilingual<K>, field: K, language: Language): string {
  return language === "zh" ? row[`${field}Zh` as `${K}Zh`] : row[`${field}En` as `${K}En`];
}
