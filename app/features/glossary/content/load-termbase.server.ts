import { readYaml, type ContentProblem } from "~/platform/content/read-yaml.server";
import { termbaseSchema, type Term } from "./schema";

/** The default termbase, in the content tree beside the courses. */
export const TERMBASE_FILE = "courses/termbase.yaml";

/** The terms of `file` in their order; none (problems recorded) when the file is invalid. */
export function loadTermbase(file: string): { terms: Term[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const termbase = readYaml(file, termbaseSchema, problems);
  return { terms: termbase?.terms ?? [], problems };
}
