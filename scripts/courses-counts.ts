// npm run courses:counts — writes the shipped content's counts into README.md.
import { contentArgs } from "./content-args";
import { contentCounts, countsLine, writeReadmeCounts } from "./content-counts";
import { loadContent } from "./load-content";

const args = contentArgs([]);
const content = loadContent(args);
if (content.problems.length) {
  console.error("Content is invalid; run npm run courses:check first.");
  process.exit(1);
}
const line = countsLine(contentCounts(content));
writeReadmeCounts(args.readme, line);
console.log(line);
