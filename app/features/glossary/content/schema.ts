import { z } from "zod";
import { bilingual } from "~/platform/content/bilingual";

const chinese = z.string().trim().min(1, "empty Chinese term");

/**
 * One concept of the termbase: its English term, the preferred Chinese term,
 * the Chinese variants content must not use, and a note in both languages.
 */
export const termSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase letters, digits and hyphens"),
  en: z.string().trim().min(1, "empty English term"),
  zh: chinese,
  rejected: z.array(chinese).default([]),
  note: bilingual,
});
export type Term = z.infer<typeof termSchema>;

export const termbaseSchema = z
  .object({ terms: z.array(termSchema).min(1, "the termbase needs at least one term") })
  .superRefine(({ terms }, ctx) => {
    const ids = new Set<string>();
    const preferred = new Map(terms.map((term) => [term.zh, term.id]));
    const rejectedBy = new Map<string, string>();
    terms.forEach((term, index) => {
      if (ids.has(term.id)) ctx.addIssue({ code: "custom", path: ["terms", index, "id"], message: `id "${term.id}" repeats` });
      ids.add(term.id);
      term.rejected.forEach((variant, variantIndex) => {
        const path = ["terms", index, "rejected", variantIndex];
        const owner = preferred.get(variant);
        if (owner) ctx.addIssue({ code: "custom", path, message: `"${variant}" is the preferred term of "${owner}"` });
        const other = rejectedBy.get(variant);
        if (other && other !== term.id) ctx.addIssue({ code: "custom", path, message: `"${variant}" is also rejected by "${other}"` });
        rejectedBy.set(variant, term.id);
      });
    });
  });
export type Termbase = z.infer<typeof termbaseSchema>;

/** The part of an English term that text uses: "Children's Product Certificate (CPC)" → "Children's Product Certificate". */
export function englishMatchText(en: string): string {
  return en.replace(/\s*\([^)]*\)\s*$/, "").trim();
}
