import { normalizeSearchText } from "~/features/resources/search-text";
import { db } from "~/platform/db/db.server";
import type { Term } from "./schema";

/** Both languages, the rejected variants (a learner may type one) and the notes, normalized for search. */
export function termSearchText(term: Term): string {
  return normalizeSearchText([term.en, term.zh, ...term.rejected, term.note.zh, term.note.en].join("\n"));
}

/** Upserts the termbase by id; terms no longer in the file become inactive. */
export async function syncGlossary(terms: Term[]): Promise<{ terms: number; deactivated: number }> {
  return db.$transaction(async (tx) => {
    for (const [position, term] of terms.entries()) {
      const fields = {
        en: term.en,
        zh: term.zh,
        rejected: JSON.stringify(term.rejected),
        noteZh: term.note.zh,
        noteEn: term.note.en,
        searchText: termSearchText(term),
        position,
        active: true,
      };
      await tx.glossaryTerm.upsert({ where: { slug: term.id }, create: { slug: term.id, ...fields }, update: fields });
    }
    const removed = await tx.glossaryTerm.updateMany({
      where: { active: true, slug: { notIn: terms.map((term) => term.id) } },
      data: { active: false },
    });
    return { terms: terms.length, deactivated: removed.count };
  });
}
