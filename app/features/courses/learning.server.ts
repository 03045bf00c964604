import type { Language } from "~/platform/i18n/languages";
import { db } from "~/platform/db/db.server";
import { localized } from "~/platform/i18n/localized";

export type LearningEntry = {
  slug: string;
  title: string;
  doneModules: number;
  totalModules: number;
  lastVisitAt: Date;
  completedAt: Date | null;
};

/** The learner's started courses, newest activity first. */
export async function myLearning(userId: string, language: Language): Promise<LearningEntry[]> {
  const [enrollments, done] = await Promise.all([
    db.courseEnrollment.findMany({
      where: { userId, course: { active: true } },
      orderBy: { lastVisitAt: "desc" },
      include: { course: { include: { modules: { where: { active: true }, select: { id: true } } } } },
    }),
    db.moduleProgress.findMany({ where: { userId, completedAt: { not: null } }, select: { moduleId: true } }),
  ]);
  const doneIds = new Set(done.map((row) => row.moduleId));
  return enrollments.map((enrollment) => ({
    slug: enrollment.course.slug,
    title: localized(enrollment.course, "title", language),
    doneModules: enrollment.course.modules.filter((module) => doneIds.has(module.id)).length,
    totalModules: enrollment.course.modules.length,
    lastVisitAt: enrollment.lastVisitAt,
    completedAt: enrollment.completedAt,
  }));
}
