import { db } from "~/platform/db/db.server";
import type { Quiz } from "~/features/quiz/content-schema";
import { readStoredQuiz } from "~/features/quiz/stored-quiz";
import { notFound } from "~/platform/http/responses";
import { shortLivedCache } from "~/platform/cache/short-lived-cache.server";

/**
 * How long a worker answers course pages from the course it read last: the
 * content changes only when `courses:sync` runs (a deploy), and then shows
 * within this time on every node (decision 0036).
 */
export const COURSE_CONTENT_TTL_MS = 10_000;

function readActiveCourse(slug: string) {
  return db.course.findFirst({
    where: { slug, active: true },
    include: { modules: { where: { active: true }, orderBy: { position: "asc" } } },
  });
}

/** Shared by every request for a few seconds: frozen, so no caller can change what the next one sees. */
const activeCourse = shortLivedCache(COURSE_CONTENT_TTL_MS, async (slug: string) => {
  const course = await readActiveCourse(slug);
  if (!course) return null;
  for (const module of course.modules) Object.freeze(module);
  Object.freeze(course.modules);
  return Object.freeze(course) as typeof course;
});

/** An active course and its active modules in order, or a 404. */
export async function requireCourse(slug: string | undefined) {
  const course = slug ? await activeCourse(slug) : null;
  if (!course) throw notFound();
  return course;
}

export type CourseWithModules = NonNullable<Awaited<ReturnType<typeof readActiveCourse>>>;
export type ModuleRow = CourseWithModules["modules"][number];

/** A module of this course (a module of another course, or an inactive one, is a 404). */
export function requireModule(course: CourseWithModules, moduleSlug: string | undefined): ModuleRow {
  const module = course.modules.find((candidate) => candidate.slug === moduleSlug);
  if (!module) throw notFound();
  return module;
}

export function moduleQuiz(module: Pick<ModuleRow, "quiz">): Quiz | null {
  return module.quiz ? readStoredQuiz(module.quiz) : null;
}

/** A module of an active course with its quiz, or a 404 (no such course or module, or a module without a quiz). */
export async function requireModuleQuiz(courseSlug: string | undefined, moduleSlug: string | undefined) {
  const course = await requireCourse(courseSlug);
  const module = requireModule(course, moduleSlug);
  const quiz = moduleQuiz(module);
  if (!quiz) throw notFound();
  return { course, module, quiz };
}
