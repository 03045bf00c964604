// Forty demo learners (learner01@example.com … learner40@example.com) with
// varied course progress, quiz answers and webinar watching, so the trainer
// reports show meaningful numbers on a fresh install. Idempotent: learners
// that exist are left alone. Deterministic: a seeded generator, and dates
// counted back from the start of the current day. One transaction.
import { moduleQuiz } from "~/features/courses/queries.server";
import { quizSchema } from "~/features/quiz/content-schema";
import { db } from "~/platform/db/db.server";
import { webinarSchema } from "~/features/webinars/content/schema";
import { learnerActivity, type LearnerRows, type SeedCourse, type SeedWebinar } from "./seed-learner-activity";
import { LEARNER_COUNT, learnerEmail, learnerProfile } from "./seed-learner-profiles";

const DAY = 86_400_000;
/** The first learner joined this many days before today; the others followed every two days or so. */
const HISTORY_DAYS = 120;

async function seedContent(): Promise<{ courses: SeedCourse[]; webinars: SeedWebinar[] }> {
  const [courses, webinars] = await Promise.all([
    db.course.findMany({ where: { active: true }, orderBy: { position: "asc" }, include: { modules: { where: { active: true }, orderBy: { position: "asc" } } } }),
    db.webinar.findMany({ where: { active: true }, orderBy: { position: "asc" } }),
  ]);
  return {
    courses: courses.map((course) => ({
      id: course.id,
      passMark: course.passMark,
      modules: course.modules.map((module) => ({ id: module.id, slug: module.slug, quiz: moduleQuiz(module) })),
    })),
    webinars: webinars.map((webinar) => ({
      id: webinar.id,
      durationSeconds: webinar.durationSeconds,
      requiredShare: webinar.requiredShare,
      passMark: webinar.passMark,
      checkpoints: webinarSchema.shape.checkpoints.parse(JSON.parse(webinar.checkpoints)),
      quiz: quizSchema.parse(JSON.parse(webinar.finalQuiz)),
    })),
  };
}

/** Creates the demo learners that do not exist yet, with their activity; returns how many were created. */
export async function seedLearners(passwordHash: string, now = new Date()): Promise<number> {
  const numbers = Array.from({ length: LEARNER_COUNT }, (_, index) => index + 1);
  const existing = await db.user.findMany({ where: { email: { in: numbers.map(learnerEmail) } }, select: { email: true } });
  const taken = new Set(existing.map((user) => user.email));
  const missing = numbers.filter((number) => !taken.has(learnerEmail(number)));
  if (missing.length === 0) return 0;

  const content = await seedContent();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const latest = new Date(today - 2 * 3_600_000);
  const users = missing.map((number) => {
    const joinedAt = new Date(today - HISTORY_DAYS * DAY + (number - 1) * 2.1 * DAY);
    return { id: `demo-learner-${String(number).padStart(2, "0")}`, email: learnerEmail(number), passwordHash, role: "learner", createdAt: joinedAt, emailVerifiedAt: joinedAt, ...learnerProfile(number), number };
  });
  const activity: LearnerRows[] = users.map((user) => learnerActivity({ number: user.number, userId: user.id, joinedAt: user.createdAt, latest, ...content }));

  await db.$transaction(
    async (tx) => {
      await tx.user.createMany({ data: users.map(({ number: _number, ...user }) => user) });
      await tx.courseEnrollment.createMany({ data: activity.flatMap((rows) => rows.enrollments) });
      await tx.moduleProgress.createMany({ data: activity.flatMap((rows) => rows.moduleProgress) });
      await tx.quizAttempt.createMany({ data: activity.flatMap((rows) => rows.attempts) });
      await tx.quizAnswer.createMany({ data: activity.flatMap((rows) => rows.answers) });
      await tx.webinarProgress.createMany({ data: activity.flatMap((rows) => rows.webinarProgress) });
      await tx.checkpointAnswer.createMany({ data: activity.flatMap((rows) => rows.checkpointAnswers) });
    },
    { timeout: 30_000 },
  );
  return users.length;
}
