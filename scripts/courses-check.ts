// npm run courses:check [coursesDir] [--webinars=dir] — validates every course
// (courses/) and webinar (webinars/). Exits non-zero and names the file and
// field of each problem.
import { formatProblem, loadCourses } from "../app/features/courses/content/load-courses.server";
import { loadWebinars } from "../app/features/webinars/content/load-webinars.server";
import { contentArgs } from "./content-args";

const args = contentArgs(process.argv.slice(2));
const { courses, problems: courseProblems } = loadCourses(args.courses);
const { webinars, problems: webinarProblems } = loadWebinars(args.webinars);
const problems = [...courseProblems, ...webinarProblems];
if (problems.length) {
  console.error(`Content has ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
const modules = courses.reduce((sum, course) => sum + course.modules.length, 0);
const questions = courses.reduce((sum, course) => sum + course.modules.reduce((n, m) => n + (m.quiz?.questions.length ?? 0), 0), 0);
console.log(`Course content is valid: ${courses.length} courses, ${modules} modules, ${questions} quiz questions; ${webinars.length} webinars.`);
