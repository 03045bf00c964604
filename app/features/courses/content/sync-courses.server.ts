import { db } from "~/features/server/db.server";
import type { LoadedCourse } from "./load-courses.server";

export type SyncSummary = { courses: number; modules: number; deactivatedCourses: number; deactivatedModules: number };

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
    return { courses: courses.length, modules, deactivatedCourses: removedCourses.count, deactivatedModules };
  });
}
