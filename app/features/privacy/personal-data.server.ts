import { db } from "~/platform/db/db.server";
import { appUrl } from "~/platform/runtime/env.server";
import { parseJsonList } from "~/platform/db/json-list";

/** How far back the login attempts kept for security go (they are deleted after a day). */
const ATTEMPTS_SINCE_MS = 24 * 60 * 60_000;

/**
 * Everything the platform holds about one person, as one JSON document they
 * can download: profile, sign-in sessions and recent login attempts,
 * courses, quiz attempts with answers, webinars, training registrations,
 * certificates, and the administrative actions taken on the account. Secrets
 * (password hash, token hashes) are left out: they are not information
 * about the person and would only help an attacker who got the file.
 */
export async function collectPersonalData(userId: string, now = new Date()) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      email: true,
      emailVerifiedAt: true,
      name: true,
      company: true,
      jobRole: true,
      phone: true,
      preferredLanguage: true,
      captionMode: true,
      role: true,
      bulletinSubscribed: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  const [sessions, attempts, enrollments, modules, quizAttempts, webinars, checkpoints, registrations, certificates, accountEvents] = await Promise.all([
    db.loginSession.findMany({ where: { userId }, select: { userAgent: true, createdAt: true, lastSeenAt: true, expiresAt: true }, orderBy: { createdAt: "asc" } }),
    db.loginAttempt.findMany({ where: { email: user.email, createdAt: { gte: new Date(now.getTime() - ATTEMPTS_SINCE_MS) } }, select: { ip: true, succeeded: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
    db.courseEnrollment.findMany({ where: { userId }, select: { startedAt: true, lastVisitAt: true, completedAt: true, course: { select: { slug: true, titleZh: true, titleEn: true } } }, orderBy: { startedAt: "asc" } }),
    db.moduleProgress.findMany({ where: { userId }, select: { firstViewAt: true, completedAt: true, module: { select: { slug: true, course: { select: { slug: true } } } } }, orderBy: { firstViewAt: "asc" } }),
    db.quizAttempt.findMany({
      where: { userId },
      select: {
        number: true,
        score: true,
        passed: true,
        submittedAt: true,
        module: { select: { slug: true, course: { select: { slug: true } } } },
        webinar: { select: { slug: true } },
        answers: { select: { questionId: true, selected: true, correct: true } },
      },
      orderBy: { submittedAt: "asc" },
    }),
    db.webinarProgress.findMany({
      where: { userId },
      select: { intervals: true, watchedSeconds: true, position: true, startedAt: true, lastReportAt: true, completedAt: true, webinar: { select: { slug: true, titleZh: true, titleEn: true } } },
      orderBy: { startedAt: "asc" },
    }),
    db.checkpointAnswer.findMany({ where: { userId }, select: { questionId: true, correct: true, answeredAt: true, webinar: { select: { slug: true } } }, orderBy: { answeredAt: "asc" } }),
    db.registration.findMany({
      where: { userId },
      select: {
        status: true,
        name: true,
        email: true,
        company: true,
        jobRole: true,
        phone: true,
        interests: true,
        needs: true,
        language: true,
        consentAt: true,
        ticketCode: true,
        queuedAt: true,
        confirmedAt: true,
        cancelledAt: true,
        attendance: true,
        checkedInAt: true,
        session: { select: { code: true, titleZh: true, titleEn: true, cityEn: true, startsAt: true } },
      },
      orderBy: { createdAt: "asc" },
    }),
    db.certificate.findMany({
      where: { userId },
      select: { number: true, achievementType: true, holderName: true, titleZh: true, titleEn: true, completedOn: true, issuedAt: true, revokedAt: true, revokedReason: true },
      orderBy: { issuedAt: "asc" },
    }),
    db.auditEntry.findMany({ where: { targetType: "user", targetId: userId }, select: { action: true, createdAt: true }, orderBy: { createdAt: "asc" } }),
  ]);

  return {
    exportedAt: now,
    profile: user,
    loginSessions: sessions.map(({ userAgent, ...session }) => ({ browser: userAgent, ...session })),
    recentLoginAttempts: attempts.map(({ ip, ...attempt }) => ({ clientAddress: ip, ...attempt })),
    courses: enrollments.map(({ course, ...enrollment }) => ({
      course: course.slug,
      titleZh: course.titleZh,
      titleEn: course.titleEn,
      ...enrollment,
      modules: modules.filter((row) => row.module.course.slug === course.slug).map((row) => ({ module: row.module.slug, firstViewAt: row.firstViewAt, completedAt: row.completedAt })),
    })),
    quizAttempts: quizAttempts.map(({ module, webinar, answers, ...attempt }) => ({
      quiz: module ? { course: module.course.slug, module: module.slug } : { webinar: webinar?.slug ?? null },
      ...attempt,
      answers: answers.map((answer) => ({ question: answer.questionId, selected: parseJsonList(answer.selected), correct: answer.correct })),
    })),
    webinars: webinars.map(({ webinar, intervals, ...progress }) => ({
      webinar: webinar.slug,
      titleZh: webinar.titleZh,
      titleEn: webinar.titleEn,
      watchedIntervals: parseStoredJson(intervals),
      ...progress,
      checkpointAnswers: checkpoints.filter((row) => row.webinar.slug === webinar.slug).map(({ webinar: _webinar, ...answer }) => answer),
    })),
    trainingRegistrations: registrations.map(({ session, interests, ...registration }) => ({
      training: { code: session.code, titleZh: session.titleZh, titleEn: session.titleEn, city: session.cityEn, startsAt: session.startsAt },
      ...registration,
      interests: parseJsonList(interests),
    })),
    certificates: certificates.map((certificate) => ({ ...certificate, verifyUrl: `${appUrl}/verify/${certificate.number}` })),
    accountEvents,
  };
}

export type PersonalData = Awaited<ReturnType<typeof collectPersonalData>>;

/** A JSON column as stored; text that is not JSON is given as it is. */
function parseStoredJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
