import type { Language } from "~/platform/i18n/languages";
import { matchesAll, searchTerms } from "~/features/resources/search-text";
import { db } from "~/platform/db/db.server";
import { parseJsonList } from "~/platform/db/json-list";
import { englishMatchText } from "./content/schema";
import { TERM_ANCHOR_PREFIX } from "./term-anchor";
import type { TermLinker } from "./term-links";

export type GlossaryEntry = { id: string; en: string; zh: string; rejected: string[]; note: string };

/** The query as typed (at most 100 characters). */
export function readGlossaryQuery(url: URL): string {
  return (url.searchParams.get("q") ?? "").trim().slice(0, 100);
}

/**
 * The active terms, in termbase order, whose English or Chinese term, rejected
 * variants or note contain every word of the query (the resource library's
 * normalized substring search, so Chinese needs no spaces). The termbase is a
 * few dozen rows, so the matching is done here rather than in SQL.
 */
export async function searchGlossary(language: Language, query: string): Promise<GlossaryEntry[]> {
  const terms = searchTerms(query);
  const rows = await db.glossaryTerm.findMany({ where: { active: true }, orderBy: { position: "asc" } });
  return rows
    .filter((row) => matchesAll(row.searchText, terms))
    .map((row) => ({
      id: row.slug,
      en: row.en,
      zh: row.zh,
      rejected: parseJsonList(row.rejected),
      note: language === "zh" ? row.noteZh : row.noteEn,
    }));
}

/**
 * What links text in `textLanguage` to the glossary of the page's language:
 * each term as that text writes it (the preferred Chinese term, or the English
 * term without its abbreviation) and the anchor of its entry.
 */
export async function glossaryLinker(pageLanguage: Language, textLanguage: Language): Promise<TermLinker> {
  const rows = await db.glossaryTerm.findMany({ where: { active: true }, orderBy: { position: "asc" }, select: { slug: true, en: true, zh: true } });
  return {
    terms: rows.map((row) => ({ id: row.slug, text: textLanguage === "zh" ? row.zh : englishMatchText(row.en) })),
    hrefBase: `/${pageLanguage}/glossary#${TERM_ANCHOR_PREFIX}`,
  };
}
