/**
 * Text normalized for keyword search in either language. Chinese is written
 * without spaces between words, so search is substring matching over this
 * form rather than word matching: "追溯标签" is found inside any sentence.
 *
 * - NFKC folds full-width letters, digits and punctuation to their usual form;
 * - lower case, so "cpc" finds "CPC";
 * - Markdown markup characters become spaces, runs of space become one;
 * - a space next to a CJK character is dropped, so "CPSC认可" finds "CPSC 认可".
 */
const MARKUP = /[#*_>|`~]|\[[ xX]?\]/g;
const CJK = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef";
const SPACE_BEFORE_CJK = new RegExp(` (?=[${CJK}])`, "gu");
const SPACE_AFTER_CJK = new RegExp(`(?<=[${CJK}]) `, "gu");

export function normalizeSearchText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(MARKUP, " ")
    .replace(/\s+/g, " ")
    .replace(SPACE_BEFORE_CJK, "")
    .replace(SPACE_AFTER_CJK, "")
    .trim();
}

/** The query as terms (split where the user typed spaces) that must all occur; at most 8 terms of at most 50 characters each. */
export function searchTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map(normalizeSearchText)
    .filter(Boolean)
    .slice(0, 8)
    .map((term) => term.slice(0, 50));
}

/** True when every term occurs in the normalized text. */
export function matchesAll(normalizedText: string, terms: string[]): boolean {
  return terms.every((term) => normalizedText.includes(term));
}
