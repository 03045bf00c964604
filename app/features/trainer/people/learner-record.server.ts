import { myLearning } from "~/features/courses/learning.server";
import type { Language } from "~/platform/i18n/languages";
import { db } from "~/platform/db/db.server";
import { registrationStatusOf } from "~/features/trainings/vocabulary";
import { watchedShare } from "~/features/webinars/watch-progress.server";
import { localized } from "~/platform/i18n/localized";

/** A person's profile and everything they have done on the platform; null for an unknown id or a deleted account. */
export async function learnerRecord(userId: string, language: Language) {
  const person = await db.user.findFirst({
    where: { id: userId, deletedAt: null },
    select: { id: true, name: true, email: true, company: true, jobRole: true, phone: true, role: true, preferredLanguage: true, createdAt: true, emailVerifiedAt: true, deactivatedAt: true },
  });
  if (!person) return null;
  const [courses, webinars, registrations, certificates] = await Promise.all([
    myLearning(userId, language),
    db.webinarProgress.findMany({ where: { userId }, include: { webinar: true }, orderBy: { lastReportAt: "desc" } }),
    db.registration.findMany({ where: { userId }, include: { session: true }, orderBy: { session: { startsAt: "desc" } } }),
    db.certificate.findMany({ where: { userId }, orderBy: { issuedAt: "desc" } }),
  ]);
  return {
    person,
    courses: courses.map((course) => ({ ...course, percent: course.totalModules ? Math.round((course.doneModules / course.totalModules) * 100) : 0 })),
    webinars: webinars.map((progress) => ({
      id: progress.id,
      title: localized(progress.webinar, "title", language),
      watchedPercent: Math.min(100, Math.round(watchedShare(progress, progress.webinar) * 100)),
      requiredPercent: Math.round(progress.webinar.requiredShare * 100),
      completedAt: progress.completedAt,
    })),
    trainings: registrations.map((registration) => ({
      id: registration.id,
      sessionId: registration.sessionId,
      title: localized(registration.session, "title", language),
      startsAt: registration.session.startsAt,
      timeZone: registration.session.timeZone,
      status: registrationStatusOf(registration.status),
      attendance: registration.attendance,
    })),
    certificates: certificates.map((certificate) => ({
      number: certificate.number,
      title: localized(certificate, "title", language),
      issuedAt: certificate.issuedAt,
      revokedAt: certificate.revokedAt,
    })),
  };
}

export type LearnerRecord = NonNullable<Awaited<ReturnType<typeof learnerRecord>>>;
