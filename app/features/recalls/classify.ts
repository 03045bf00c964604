import type { Category } from "~/platform/content/vocabulary";
import type { HazardKind } from "./vocabulary";

/** Made in China: a manufacturer country names China (Taiwan, Hong Kong and Macao are listed by their own names). */
export function isMadeInChina(countries: string[]): boolean {
  return countries.some((country) => /\bchina\b/i.test(country) && !/taiwan/i.test(country));
}

const CATEGORY_PATTERNS: [Category, RegExp][] = [
  ["toys", /\btoys?\b|\bdolls?\b|puzzle|plush|rattle|building blocks|slime|\bgames?\b/i],
  ["apparel", /pajama|sleepwear|hoodie|jacket|sweatshirt|garment|clothing|apparel|\bdress(es)?\b|shirt|pants|\brobes?\b|costume|footwear|shoes/i],
  ["electrical", /electric|charger|power bank|battery pack|heater|\blamps?\b|extension cord|adapter|hair dryer|appliance|\bfans?\b|\bcables?\b|e-bike|scooter/i],
];

/** The platform's product category from the product type and names. */
export function classifyCategory(text: string): Category {
  return CATEGORY_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0] ?? "general";
}

/** First match wins: the named hazard is more specific than the words around it. */
const HAZARD_PATTERNS: [HazardKind, RegExp][] = [
  ["choking", /chok/i],
  ["strangulation", /strangl|entangle/i],
  ["suffocation", /suffocat/i],
  ["shock", /electric(al)? shock|electrocut/i],
  ["chemical", /\blead\b|poison|phthalate|chemical|toxic/i],
  ["drowning", /drown/i],
  ["ingestion", /ingest|swallow/i],
  ["fire", /\bfire\b|\bburns?\b|overheat|flammab/i],
  ["laceration", /lacerat|\bcuts?\b/i],
  ["fall", /\bfalls?\b|tip-?over/i],
];

/** The hazard kind from the CPSC HazardType when it names one, else from the hazard text. */
export function classifyHazard(hazardType: string, hazardText: string): HazardKind {
  for (const text of [hazardType, hazardText]) {
    const match = HAZARD_PATTERNS.find(([, pattern]) => pattern.test(text));
    if (match) return match[0];
  }
  return "other";
}
