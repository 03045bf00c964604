// npm run courses:sync [coursesDir] [--webinars=dir] [--allow-empty] — loads
// course and webinar files into the database (idempotent).
import { formatProblem, loadCourses } from "../app/features/courses/content/load-courses.server";
import { syncCourses } from "../app/features/courses/content/sync-courses.server";
import { db } from "../app/features/server/db.server";
import { loadWebinars } from "../app/features/webinars/content/load-webinars.server";
import { syncWebinars } from "../app/features/webinars/content/sync-webinars.server";
import { contentArgs } from "./content-args";

const args = contentArgs(process.argv.slice(2));
const { courses, problems: courseProblems } = loadCourses(args.courses);
const { webinars, problems: webinarProblems } = loadWebinars(args.webinars);
const problems = [...courseProblems, ...webinarProblems];
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
console.log(
  `courses:sync: ${summary.courses} courses, ${summary.modules} modules, ${webinarSummary.webinars} webinars` +
    (summary.deactivatedCourses || summary.deactivatedModules || webinarSummary.deactivated
      ? `; marked inactive: ${summary.deactivatedCourses} courses, ${summary.deactivatedModules} modules, ${webinarSummary.deactivated} webinars`
      : ""),
);
await db.$disconnect();
