import { z } from "zod";
import { citationsIn } from "./citations";

/**
 * Where a module, resource or webinar may point for its facts: the primary
 * texts (eCFR, the Federal Register and its GovInfo copy) and CPSC itself.
 */
export const OFFICIAL_SOURCE_HOSTS = ["ecfr.gov", "federalregister.gov", "govinfo.gov", "cpsc.gov"] as const;

export function isOfficialSourceUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return url.protocol === "https:" && OFFICIAL_SOURCE_HOSTS.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`));
}

/**
 * A regulation or statute is cited the way the text cites it, so the check can
 * match the two: "16 CFR 1307" (a CFR part, never a section), "CPSA section
 * 15(b)", "CPSIA section 101", "90 FR 1800". Anything else (a CPSC page) is
 * named by its title.
 */
const citation = z
  .string({ error: "missing citation" })
  .trim()
  .min(1, "empty citation")
  .superRefine((text, ctx) => {
    const found = citationsIn(text);
    if (found.length === 0) return;
    if (found.length > 1 || found[0]!.text !== text) {
      ctx.addIssue({ code: "custom", message: `cite one regulation per source, written like "16 CFR 1307" or "CPSA section 15(b)"` });
    } else if (found[0]!.kind === "cfr" && !/^16 CFR 1\d{3}$/.test(text)) {
      ctx.addIssue({ code: "custom", message: `cite a CFR part, not a section: write "${found[0]!.key}"` });
    }
  });

export const sourceSchema = z.object({
  citation,
  url: z
    .string({ error: "missing url" })
    .refine(isOfficialSourceUrl, `must be an https address on ${OFFICIAL_SOURCE_HOSTS.join(", ")}`),
});
export type Source = z.infer<typeof sourceSchema>;

export const sourcesSchema = z
  .array(sourceSchema, { error: "missing sources: list the official texts (citation and url) this content is based on" })
  .min(1, "list at least one source");

/** The day the content was last checked against its sources; never in the future. */
export const reviewedSchema = z.iso
  .date({ error: "missing reviewed date: the day the content was last checked against its sources (like 2026-11-29)" })
  .refine((day) => day <= new Date().toISOString().slice(0, 10), "is in the future");

/** `sources` and `reviewed`, required on every module, resource and webinar. */
export const reviewFields = { sources: sourcesSchema, reviewed: reviewedSchema };
