// The README's line of content counts: computed from the loaded content,
// written by `npm run courses:counts` and checked by `npm run courses:check`.
import fs from "node:fs";
import type { loadContent } from "./load-content";

type Content = Pick<ReturnType<typeof loadContent>, "courses" | "webinars" | "resources" | "terms">;

const START = "<!-- content-counts: written by npm run courses:counts, checked by npm run courses:check -->";
const END = "<!-- /content-counts -->";

export function contentCounts({ courses, webinars, resources, terms }: Content) {
  const modules = courses.flatMap((course) => course.modules);
  return {
    courses: courses.length,
    modules: modules.length,
    questions: modules.reduce((sum, module) => sum + (module.quiz?.questions.length ?? 0), 0),
    webinars: webinars.length,
    webinarQuestions: webinars.reduce((sum, webinar) => sum + webinar.checkpoints.length + webinar.finalQuiz.questions.length, 0),
    resources: resources.length,
    terms: terms.length,
  };
}

export function countsLine(counts: ReturnType<typeof contentCounts>): string {
  return (
    `The shipped content: ${counts.courses} courses with ${counts.modules} modules and ${counts.questions} quiz questions, ` +
    `${counts.webinars} recorded webinars with ${counts.webinarQuestions} questions, ${counts.resources} library resources ` +
    `and ${counts.terms} glossary terms.`
  );
}

const BLOCK = new RegExp(`${START}\\n([^\\n]*)\\n${END}`);

/** The counts line the README states now, or null when it has no counts block. */
export function readmeCountsLine(readme: string): string | null {
  return readme.match(BLOCK)?.[1] ?? null;
}

/** Replaces the README's counts line (or fails when the README has no counts block). */
export function writeReadmeCounts(file: string, line: string): void {
  const readme = fs.readFileSync(file, "utf8");
  if (!BLOCK.test(readme)) throw new Error(`${file} has no content counts block (${START} … ${END})`);
  fs.writeFileSync(file, readme.replace(BLOCK, `${START}\n${line}\n${END}`));
}

export const COUNTS_BLOCK = { start: START, end: END };
