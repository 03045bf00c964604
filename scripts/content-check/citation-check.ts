import { citationsIn, isCovered } from "../../app/platform/content/citations";
import { unitLines, type ContentUnit } from "./content-units";
import type { ContentProblem } from "../../app/platform/content/read-yaml.server";

/**
 * Every regulation a unit's text cites (in either language, in quizzes,
 * slides and captions too) that the unit's sources do not list, named by
 * file and line.
 */
export function uncitedSourceProblems(units: ContentUnit[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const unit of units) {
    const sourceKeys = unit.sources.flatMap((source) => citationsIn(source.citation).map((citation) => citation.key));
    for (const unitFile of unit.files) {
      for (const { line, text } of unitLines(unitFile)) {
        const missing = new Set(citationsIn(text).filter((citation) => !isCovered(citation.key, sourceKeys)).map((citation) => citation.key));
        for (const key of missing) {
          problems.push({ file: unitFile.file, line, field: "sources", message: `cites ${key}, which the sources of ${unit.name} do not list` });
        }
      }
    }
  }
  return problems;
}
