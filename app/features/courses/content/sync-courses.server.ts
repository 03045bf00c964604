import { issueCertificate } from "~/features/certificates/issue.server";
import { contentDay } from "~/platform/content/content-day";
import { db, type Tx } from "~/platform/db/db.server";
import type { LoadedCourse } from "./load-courses.server";

export type SyncSummary = {
  courses: number;
  modules: number;
  deactivatedCourses: number;
  deactivatedModules: number;
  newlyCompleted: number;
};

/**
 * Writes the loaded content into the database, idempotently. Courses and
 * modules are matched by slug, so edited text keeps learners' progress;
 * anything no longer in the files is marked inactive, never deleted.
 */
export async function syncCourses(courses: LoadedCourse[]): Promise<SyncSummary> {
  return db.$transaction(async (tx) => {
    let modules = 0;
    let deactivatedModules = 0;
    for (const [position, course] of courses.entries()) {
      const fields = {
        category: course.category,
        audiences: JSON.stringify(course.audiences),
        titleZh: course.title.zh,
        titleEn: course.title.en,
        summaryZh: course.summary.zh,
        summaryEn: course.summary.en,
        estimatedMinutes: course.estimatedMinutes,
        passMark: course.passMark,
        maxAttempts: course.maxAttempts,
        position,
        active: true,
      };
      const row = await tx.course.upsert({
        where: { slug: course.slug },
        create: { slug: course.slug, ...fields },
        update: fields,
        select: { id: true },
      });
      for (const [modulePosition, module] of course.modules.entries()) {
        const moduleFields = {
          position: modulePosition,
          titleZh: module.title.zh,
          titleEn: module.title.en,
          bodyZh: module.body.zh,
          bodyEn: module.body.en,
          quiz: module.quiz ? JSON.stringify(module.quiz) : null,
          estimatedMinutes: module.estimatedMinutes,
          sources: JSON.stringify(module.sources),
          reviewedOn: contentDay(module.reviewed),
          active: true,
        };
        await tx.courseModule.upsert({
          where: { courseId_slug: { courseId: row.id, slug: module.slug } },
          create: { courseId: row.id, slug: module.slug, ...moduleFields },
          update: moduleFields,
        });
        modules += 1;
      }
      const removed = await tx.courseModule.updateMany({
        where: { courseId: row.id, active: true, slug: { notIn: course.modules.map((module) => module.slug) } },
        data: { active: false },
      });
      deactivatedModules += removed.count;
    }
    const removedCourses = await tx.course.updateMany({
      where: { active: true, slug: { notIn: courses.map((course) => course.slug) } },
      data: { active: false },
    });
    const newlyCompleted = deactivatedModules > 0 ? await completeFinishedEnrollments(tx) : 0;
    return { courses: courses.length, modules, deactivatedCourses: removedCourses.count, deactivatedModules, newlyCompleted };
  });
}

/**
 * When a module is removed, learners who had finished every remaining module
 * have completed the course and get its certificate. (A course already
 * completed stays completed when modules are added later.)
 */
async function completeFinishedEnrollments(tx: Tx): Promise<number> {
  const open = await tx.courseEnrollment.findMany({ where: { completedAt: null }, select: { id: true, userId: true, courseId: true } });
  let completed = 0;
  for (const enrollment of open) {
    const remaining = await tx.courseModule.count({
      where: { courseId: enrollment.courseId, active: true, progress: { none: { userId: enrollment.userId, completedAt: { not: null } } } },
    });
    if (remaining > 0) continue;
    const completedOn = new Date();
    await tx.courseEnrollment.update({ where: { id: enrollment.id }, data: { completedAt: completedOn } });
    await issueCertificate(tx, { userId: enrollment.userId, type: "course", achievementId: enrollment.courseId, completedOn });
    completed += 1;
  }
  return completed;
}
