import { db } from "~/platform/db/db.server";
import { issueCertificate, type Completion } from "./issue.server";

/**
 * Issues the certificates that completions recorded without one should have
 * (data imported or seeded directly, recorded before certificates existed,
 * or completed before the holder confirmed their email address — see
 * `issueCertificate`). With `userId`, only that person's. Idempotent;
 * returns how many were issued.
 */
export async function issueMissingCertificates(filter: { userId?: string } = {}): Promise<number> {
  const person = filter.userId ? { userId: filter.userId } : {};
  const [courses, webinars, trainings] = await Promise.all([
    db.courseEnrollment.findMany({ where: { ...person, completedAt: { not: null } }, select: { userId: true, courseId: true, completedAt: true } }),
    db.webinarProgress.findMany({ where: { ...person, completedAt: { not: null } }, select: { userId: true, webinarId: true, completedAt: true } }),
    db.registration.findMany({
      where: { userId: filter.userId ?? { not: null }, status: "confirmed", attendance: { in: ["present", "late"] } },
      select: { userId: true, sessionId: true, checkedInAt: true, session: { select: { startsAt: true } } },
    }),
  ]);
  const completions: Completion[] = [
    ...courses.map((row) => ({ userId: row.userId, type: "course" as const, achievementId: row.courseId, completedOn: row.completedAt ?? new Date() })),
    ...webinars.map((row) => ({ userId: row.userId, type: "webinar" as const, achievementId: row.webinarId, completedOn: row.completedAt ?? new Date() })),
    ...trainings.map((row) => ({
      userId: row.userId ?? "",
      type: "training" as const,
      achievementId: row.sessionId,
      completedOn: row.checkedInAt ?? row.session.startsAt,
    })),
  ];
  const issued = await db.certificate.findMany({ where: person, select: { userId: true, achievementType: true, achievementId: true } });
  const have = new Set(issued.map((row) => `${row.userId}/${row.achievementType}/${row.achievementId}`));
  const missing = completions.filter((completion) => !have.has(`${completion.userId}/${completion.type}/${completion.achievementId}`));
  return db.$transaction(async (tx) => {
    let count = 0;
    for (const completion of missing) if (await issueCertificate(tx, completion)) count += 1;
    return count;
  });
}
