// npm run courses:check [coursesDir] [--webinars=dir] [--resources=dir] — validates
// every course (courses/), webinar (webinars/) and library resource (resources/).
// Exits non-zero and names the file and field of each problem.
import { formatProblem } from "../app/features/courses/content/load-courses.server";
import { contentArgs } from "./content-args";
import { loadContent } from "./load-content";

const args = contentArgs(process.argv.slice(2));
const { courses, webinars, resources, problems } = loadContent(args);
if (problems.length) {
  console.error(`Content has ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
const modules = courses.reduce((sum, course) => sum + course.modules.length, 0);
const questions = courses.reduce((sum, course) => sum + course.modules.reduce((n, m) => n + (m.quiz?.questions.length ?? 0), 0), 0);
console.log(
  `Content is valid: ${courses.length} courses, ${modules} modules, ${questions} quiz questions; ${webinars.length} webinars; ${resources.length} resources.`,
);
