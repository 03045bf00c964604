// npm run courses:check [coursesDir] [--webinars=dir] [--resources=dir] [--termbase=file] [--locales=dir] [--readme=file]
// — validates every course (courses/), webinar (webinars/) and library resource
// (resources/) and the termbase: their structure, that every regulation the
// text cites is among its sources, that Chinese content uses the preferred
// terms, and (for the shipped content) that README.md states the current counts.
// Exits non-zero and names the file, line and field of each problem.
import fs from "node:fs";
import { uncitedSourceProblems } from "./content-check/citation-check";
import { contentUnits, localeFiles } from "./content-check/content-units";
import { formatProblem, type ContentProblem } from "../app/platform/content/read-yaml.server";
import { rejectedTermProblems } from "./content-check/terminology-check";
import { contentArgs } from "./content-args";
import { contentCounts, countsLine, readmeCountsLine } from "./content-counts";
import { loadContent } from "./load-content";

const args = contentArgs(process.argv.slice(2));
const content = loadContent(args);
const problems: ContentProblem[] = [...content.problems];
if (problems.length === 0) {
  const units = contentUnits(args, content);
  problems.push(...uncitedSourceProblems(units));
  problems.push(...rejectedTermProblems([...units.flatMap((unit) => unit.files), ...localeFiles(args.locales)], content.terms));
}
const line = countsLine(contentCounts(content));
if (problems.length === 0 && args.readme && readmeCountsLine(fs.readFileSync(args.readme, "utf8")) !== line) {
  problems.push({ file: args.readme, field: "content counts", message: `out of date; run npm run courses:counts to write "${line}"` });
}
if (problems.length) {
  console.error(`Content has ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
console.log(`Content is valid. ${line}`);
