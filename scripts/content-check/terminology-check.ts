import { unitLines, type UnitFile } from "./content-units";
import type { ContentProblem } from "../../app/platform/content/read-yaml.server";

/**
 * Every rejected Chinese variant of a termbase term in the given files, named
 * by file and line with the preferred term. Preferred terms are blanked out
 * first, so a variant that is part of another concept's preferred term is not
 * reported inside it.
 */
/** A termbase entry as this check needs it. */
export type PreferredTerm = { zh: string; en: string; rejected: readonly string[] };

export function rejectedTermProblems(files: UnitFile[], terms: PreferredTerm[]): ContentProblem[] {
  const preferred = terms.map((term) => term.zh).sort((a, b) => b.length - a.length);
  const problems: ContentProblem[] = [];
  for (const unitFile of files) {
    for (const { line, text } of unitLines(unitFile)) {
      const masked = preferred.reduce((out, term) => out.replaceAll(term, "\u0000".repeat(term.length)), text);
      for (const term of terms) {
        for (const variant of term.rejected) {
          if (!masked.includes(variant)) continue;
          problems.push({ file: unitFile.file, line, field: `"${variant}"`, message: `not the preferred term; write "${term.zh}" (${term.en})` });
        }
      }
    }
  }
  return problems;
}
