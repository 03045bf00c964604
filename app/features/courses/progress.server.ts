import { issueCertificate } from "~/features/certificates/issue.server";
import { db, type Tx } from "~/platform/db/db.server";

/** The course's "last visited" mark moves at most this often while the learner stays on the same module. */
const VISIT_RENEW_MS = 10 * 60_000;

/**
 * A learner opens a module: the course remembers it as the place to continue
 * and the module counts as started. Returns whether the module is completed.
 * Reading first and writing only when something changes keeps a class of
 * learners reloading the same module from queueing for the database's one
 * writer (a page view cost a write transaction before).
 */
export async function recordModuleVisit(userId: string, courseId: string, moduleId: string, now = new Date()): Promise<{ completed: boolean }> {
  const [enrollment, progress] = await Promise.all([
    db.courseEnrollment.findUnique({ where: { userId_courseId: { userId, courseId } }, select: { lastModuleId: true, lastVisitAt: true } }),
    db.moduleProgress.findUnique({ where: { userId_moduleId: { userId, moduleId } }, select: { completedAt: true } }),
  ]);
  const visitKnown = enrollment?.lastModuleId === moduleId && now.getTime() - enrollment.lastVisitAt.getTime() < VISIT_RENEW_MS;
  if (!visitKnown || !progress) {
    await db.$transaction([
      db.courseEnrollment.upsert({
        where: { userId_courseId: { userId, courseId } },
        create: { userId, courseId, lastModuleId: moduleId, lastVisitAt: now },
        update: { lastModuleId: moduleId, lastVisitAt: now },
      }),
      db.moduleProgress.upsert({
        where: { userId_moduleId: { userId, moduleId } },
        create: { userId, moduleId },
        update: {},
      }),
    ]);
  }
  return { completed: Boolean(progress?.completedAt) };
}

/**
 * Marks a module done (once) and completes the course when every active
 * module is done, issuing its certificate in the same transaction.
 */
export async function completeModule(tx: Tx, userId: string, courseId: string, moduleId: string): Promise<void> {
  const now = new Date();
  await tx.moduleProgress.upsert({
    where: { userId_moduleId: { userId, moduleId } },
    create: { userId, moduleId, completedAt: now },
    update: {},
  });
  await tx.moduleProgress.updateMany({ where: { userId, moduleId, completedAt: null }, data: { completedAt: now } });
  await tx.courseEnrollment.upsert({
    where: { userId_courseId: { userId, courseId } },
    create: { userId, courseId, lastModuleId: moduleId },
    update: {},
  });
  const remaining = await tx.courseModule.count({
    where: { courseId, active: true, progress: { none: { userId, completedAt: { not: null } } } },
  });
  if (remaining === 0) {
    await tx.courseEnrollment.updateMany({ where: { userId, courseId, completedAt: null }, data: { completedAt: now } });
    const { completedAt } = await tx.courseEnrollment.findUniqueOrThrow({ where: { userId_courseId: { userId, courseId } } });
    await issueCertificate(tx, { userId, type: "course", achievementId: courseId, completedOn: completedAt ?? now }, { mailHolder: true });
  }
}

export type CourseProgress = {
  completedModuleIds: string[];
  startedAt: Date | null;
  completedAt: Date | null;
  lastModuleId: string | null;
};

export async function courseProgress(userId: string, courseId: string): Promise<CourseProgress> {
  const [enrollment, done] = await Promise.all([
    db.courseEnrollment.findUnique({ where: { userId_courseId: { userId, courseId } } }),
    db.moduleProgress.findMany({
      where: { userId, completedAt: { not: null }, module: { courseId, active: true } },
      select: { moduleId: true },
    }),
  ]);
  return {
    completedModuleIds: done.map((row) => row.moduleId),
    startedAt: enrollment?.startedAt ?? null,
    completedAt: enrollment?.completedAt ?? null,
    lastModuleId: enrollment?.lastModuleId ?? null,
  };
}

export async function courseCompletedAt(userId: string, courseId: string): Promise<Date | null> {
  const row = await db.courseEnrollment.findUnique({ where: { userId_courseId: { userId, courseId } }, select: { completedAt: true } });
  return row?.completedAt ?? null;
}
