// Test data that the demo seed does not have: sessions with tiny capacity or a
// passed deadline, created straight in the e2e database.
import { expect } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { linkIn, mailsTo, tokenOf, waitForMails } from "../app/features/auth/test-support/mails";
import { issueCertificate } from "../app/features/certificates/issue.server";
import { hashPassword } from "../app/features/auth/password.server";
import { db } from "../app/platform/db/db.server";
import { newTicketCode } from "../app/features/trainings/ticket-code.server";
import { scheduleTrainingJobs } from "../app/features/trainings/training-schedule-jobs.server";

export { db };
export { linkIn, mailsTo, tokenOf, waitForMails };

let counter = 0;

/**
 * A trainer account of the test's own, confirmed: lists that show a trainer's
 * own sessions then hold only what the test made, whatever other tests gave
 * the demo trainer.
 */
export async function createTrainer(account: { email: string; name: string; language: string; password: string }) {
  return db.user.create({
    data: { email: account.email, name: account.name, role: "trainer", passwordHash: await hashPassword(account.password), emailVerifiedAt: new Date(), preferredLanguage: account.language },
  });
}

/** A session in the e2e database, or in another database when given its client. */
export async function createTrainingSession(options: { capacity: number; deadlineInPast?: boolean; trainerEmail?: string }, client: Pick<typeof db, "user" | "trainingSession"> = db) {
  counter += 1;
  const start = new Date(Date.UTC(2027, 8, 14, 1, 0));
  const trainer = options.trainerEmail ? await client.user.findUniqueOrThrow({ where: { email: options.trainerEmail } }) : null;
  return client.trainingSession.create({
    data: {
      code: `e2e-${Date.now()}-${process.pid}-${counter}`,
      titleZh: `测试培训 ${counter}`,
      titleEn: `Test training ${counter}`,
      descriptionZh: "端到端测试用的培训。",
      descriptionEn: "A training for end-to-end tests.",
      category: "toys",
      cityZh: "杭州",
      cityEn: "Hangzhou",
      venueZh: "测试会场",
      venueEn: "Test venue",
      addressZh: "杭州市西湖区测试路1号",
      addressEn: "1 Test Road, Xihu District, Hangzhou",
      startsAt: start,
      endsAt: new Date(start.getTime() + 8 * 3_600_000),
      registrationDeadline: options.deadlineInPast ? new Date(Date.now() - 60_000) : new Date(start.getTime() - 86_400_000),
      languages: '["zh","en"]',
      organizers: '["CPSC","ACCC"]',
      capacity: options.capacity,
      trainers: trainer ? { create: { userId: trainer.id } } : undefined,
    },
  });
}

/**
 * The latest mail to a recipient with this subject, once it is there: the
 * server's job runner sends mails moments after the request that queued them.
 */
export async function mailTo(email: string, subject: string): Promise<ParsedMail> {
  const withSubject = async () => (await mailsTo(email)).filter((mail) => mail.subject === subject);
  await expect.poll(async () => (await withSubject()).length, { message: `a mail "${subject}" to ${email}`, timeout: 20_000 }).toBeGreaterThan(0);
  return (await withSubject()).at(-1)!;
}

/** A registration made straight in the database (no mail is queued for it); a confirmed one takes a seat. */
export async function createRegistration(sessionId: string, email: string, language: string, status: "confirmed" | "waitlisted" = "confirmed") {
  if (status === "confirmed") await db.trainingSession.update({ where: { id: sessionId }, data: { confirmedCount: { increment: 1 } } });
  return db.registration.create({
    data: { sessionId, status, name: language === "zh" ? "赵磊" : "Lee Evans", email, company: "", jobRole: "buyer", phone: "", interests: "[]", language, ticketCode: newTicketCode() },
  });
}

/**
 * A registration whose confirmation mail failed for good, as the job runner
 * leaves one after its last attempt was refused.
 */
export async function failedConfirmationMail(email: string, language: string) {
  // No trainer: the demo trainer's overview shows only their next 20 sessions, and other specs count on it.
  const session = await createTrainingSession({ capacity: 5 });
  const registration = await createRegistration(session.id, email, language);
  const job = await db.job.create({
    data: {
      kind: "mail.registrationConfirmed",
      payload: JSON.stringify({ registrationId: registration.id }),
      state: "failed",
      runAt: new Date(Date.now() - 3_600_000),
      attempts: 6,
      lastError: "Message failed: 451 4.3.0 Mailbox busy, try again later",
      recipient: email,
      targetType: "registration",
      targetId: registration.id,
      finishedAt: new Date(),
    },
  });
  return { session, registration, job };
}

/** Moves a session to new times and reschedules its reminders, as the trainer's edit form does. */
export async function moveTrainingSession(sessionId: string, startsAt: Date, hours = 8) {
  await db.$transaction(async (tx) => {
    const session = await tx.trainingSession.update({
      where: { id: sessionId },
      data: { startsAt, endsAt: new Date(startsAt.getTime() + hours * 3_600_000), registrationDeadline: new Date(startsAt.getTime() - 3_600_000) },
    });
    await scheduleTrainingJobs(tx, session, new Date());
  });
}

/** Marks an account's address confirmed, as its mailed link would (for tests about something else). */
export async function confirmEmailOf(email: string): Promise<void> {
  await db.user.update({ where: { email: email.trim().toLowerCase() }, data: { emailVerifiedAt: new Date() } });
}

/** A course certificate for an account, issued as completing the course would (for tests about something else). */
export async function issueCourseCertificate(email: string, courseSlug = "toy-safety-us"): Promise<string> {
  const [user, course] = await Promise.all([db.user.findUniqueOrThrow({ where: { email } }), db.course.findUniqueOrThrow({ where: { slug: courseSlug } })]);
  const completedOn = new Date();
  await db.courseEnrollment.upsert({ where: { userId_courseId: { userId: user.id, courseId: course.id } }, create: { userId: user.id, courseId: course.id, completedAt: completedOn }, update: { completedAt: completedOn } });
  const issued = await db.$transaction((tx) => issueCertificate(tx, { userId: user.id, type: "course", achievementId: course.id, completedOn }));
  if (!issued) throw new Error(`no certificate for ${email}`);
  return issued.number;
}
