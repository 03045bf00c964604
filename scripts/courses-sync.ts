// npm run courses:sync [coursesDir] [--webinars=dir] [--resources=dir] [--termbase=file] [--allow-empty]
// — loads course, webinar, resource-library and termbase files into the database (idempotent).
import { formatProblem } from "../app/features/courses/content/load-courses.server";
import { syncCourses } from "../app/features/courses/content/sync-courses.server";
import { syncGlossary } from "../app/features/glossary/content/sync-glossary.server";
import { syncResources } from "../app/features/resources/content/sync-resources.server";
import { db } from "../app/platform/db/db.server";
import { syncWebinars } from "../app/features/webinars/content/sync-webinars.server";
import { contentArgs } from "./content-args";
import { loadContent } from "./load-content";

const args = contentArgs(process.argv.slice(2));
const { courses, webinars, resources, terms, problems } = loadContent(args);
if (problems.length) {
  console.error("Content is invalid; nothing was synced:");
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
if (courses.length === 0 && !args.allowEmpty) {
  console.error(`No course found under ${args.courses}; refusing to mark every course inactive. Pass --allow-empty to do that on purpose.`);
  process.exit(1);
}
const summary = await syncCourses(courses);
const webinarSummary = await syncWebinars(webinars);
const resourceSummary = await syncResources(resources);
const glossarySummary = await syncGlossary(terms);
const deactivated =
  summary.deactivatedCourses || summary.deactivatedModules || webinarSummary.deactivated || resourceSummary.deactivated || glossarySummary.deactivated;
console.log(
  `courses:sync: ${summary.courses} courses, ${summary.modules} modules, ${webinarSummary.webinars} webinars, ${resourceSummary.resources} resources, ${glossarySummary.terms} glossary terms` +
    (deactivated
      ? `; marked inactive: ${summary.deactivatedCourses} courses, ${summary.deactivatedModules} modules, ${webinarSummary.deactivated} webinars, ${resourceSummary.deactivated} resources, ${glossarySummary.deactivated} glossary terms`
      : ""),
);
await db.$disconnect();
