// npm run courses:sync [dir] — loads course files into the database (idempotent).
import { formatProblem, loadCourses } from "../app/features/courses/content/load-courses.server";
import { syncCourses } from "../app/features/courses/content/sync-courses.server";
import { db } from "../app/features/server/db.server";

const root = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? "courses";
const { courses, problems } = loadCourses(root);
if (problems.length) {
  console.error("Course content is invalid; nothing was synced:");
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
if (courses.length === 0 && !process.argv.includes("--allow-empty")) {
  console.error(`No course found under ${root}; refusing to mark every course inactive. Pass --allow-empty to do that on purpose.`);
  process.exit(1);
}
const summary = await syncCourses(courses);
console.log(
  `courses:sync: ${summary.courses} courses, ${summary.modules} modules` +
    (summary.deactivatedCourses || summary.deactivatedModules
      ? `; marked inactive: ${summary.deactivatedCourses} courses, ${summary.deactivatedModules} modules`
      : ""),
);
await db.$disconnect();
