// Test data that the demo seed does not have: sessions with tiny capacity or a
// passed deadline, created straight in the e2e database.
import { issueCertificate } from "../app/features/certificates/issue.server";
import { db } from "../app/features/server/db.server";

export { db };
export { linkIn, mailsTo, tokenOf, waitForMails } from "../app/features/auth/test-support/mails";

let counter = 0;

/** A session in the e2e database, or in another database when given its client. */
export async function createSession(options: { capacity: number; deadlineInPast?: boolean; trainerEmail?: string }, client: Pick<typeof db, "user" | "trainingSession"> = db) {
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
