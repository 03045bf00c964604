import { db } from "~/platform/db/db.server";
import type { Quiz } from "~/features/quiz/content-schema";
import { readStoredQuiz } from "~/features/quiz/stored-quiz";
import { notFound } from "~/platform/http/responses";

/** An active course and its active modules in order, or a 404. */
export async function requireCourse(slug: string | undefined) {
  const course = slug
    ? await db.course.findFirst({
        where: { slug, active: true },
        include: { modules: { where: { active: true }, orderBy: { position: "asc" } } },
      })
    : null;
  if (!course) throw notFound();
  return course;
}

export type CourseWithModules = Awaited<ReturnType<typeof requireCourse>>;
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
