// npm run courses:check [dir] — validates every course under courses/ (or dir).
// Exits non-zero and names the file and field of each problem.
import { formatProblem, loadCourses } from "../app/features/courses/content/load-courses.server";

const root = process.argv[2] ?? "courses";
const { courses, problems } = loadCourses(root);
if (problems.length) {
  console.error(`Course content has ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
const modules = courses.reduce((sum, course) => sum + course.modules.length, 0);
const questions = courses.reduce((sum, course) => sum + course.modules.reduce((n, m) => n + (m.quiz?.questions.length ?? 0), 0), 0);
console.log(`Course content is valid: ${courses.length} courses, ${modules} modules, ${questions} quiz questions.`);
