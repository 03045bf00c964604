import { randomUUID } from "node:crypto";
import { db, Prisma, type Tx } from "~/platform/db/db.server";
import { isUniqueViolation } from "~/platform/db/unique-violation.server";
import type { Quiz } from "./content-schema";
import { gradeQuiz, keyedDigest, type Answers, type Grade } from "./engine.server";

/** What a quiz belongs to: a course module or a webinar's final quiz. */
export type QuizTarget = { moduleId: string } | { webinarId: string };

function targetKey(target: QuizTarget): string {
  return "moduleId" in target ? target.moduleId : `webinar:${target.webinarId}`;
}

/**
 * Layouts of a module quiz attempt (the choices' order and their form ids)
 * per quiz and attempt number. Each learner's attempt shows one, picked by a
 * keyed hash of who they are, so learners given the same layout share one
 * rendered form (decision 0039); two neighbours see the same one time in
 * this many, and the next attempt's layout is picked anew.
 */
export const QUIZ_LAYOUTS = 16;

/** Which layout a learner's attempt shows: nobody can tell or choose another's without the key. */
export function attemptLayout(userId: string, target: QuizTarget, attemptNumber: number): number {
  return keyedDigest(`layout:${userId}:${targetKey(target)}:${attemptNumber}`).readUInt32BE(0) % QUIZ_LAYOUTS;
}

/** Shuffling and form ids of an attempt in one layout derive from this. */
export function layoutSeed(target: QuizTarget, attemptNumber: number, layout: number): string {
  return `${targetKey(target)}:${attemptNumber}:layout-${layout}`;
}

/**
 * The seed of one learner's attempt: its layout's at a module quiz; the
 * learner's own at a webinar's final quiz, whose page is not shared.
 */
export function attemptSeed(userId: string, target: QuizTarget, attemptNumber: number): string {
  if ("webinarId" in target) return `${userId}:${targetKey(target)}:${attemptNumber}`;
  return layoutSeed(target, attemptNumber, attemptLayout(userId, target, attemptNumber));
}

/**
 * The attempt a quiz page's URL asks for (`?attempt=2`), or null for the next
 * attempt's form: anything but a plain number the database can hold (`1e20`,
 * `2147483648`) asks for no attempt.
 */
export function requestedAttempt(url: URL): number | null {
  const requested = url.searchParams.get("attempt") ?? "";
  return /^[1-9]\d{0,8}$/.test(requested) ? Number(requested) : null;
}

/** The number the next attempt will get: attempts are numbered 1, 2, 3… per learner and quiz. */
export async function nextAttemptNumber(userId: string, target: QuizTarget): Promise<number> {
  return (await quizProgress(userId, target)).nextAttemptNumber;
}

export type QuizStatus = { attempts: number; bestScore: number | null; passed: boolean };

export async function quizStatus(userId: string, target: QuizTarget): Promise<QuizStatus> {
  return (await quizProgress(userId, target)).status;
}

/** The learner's standing at a quiz and the number of the next attempt, from one query (a quiz page needs both). */
export async function quizProgress(userId: string, target: QuizTarget): Promise<{ status: QuizStatus; nextAttemptNumber: number }> {
  const attempts = await db.quizAttempt.findMany({ where: { userId, ...target }, select: { number: true, score: true, passed: true } });
  return {
    status: {
      attempts: attempts.length,
      bestScore: attempts.length ? Math.max(...attempts.map((attempt) => attempt.score)) : null,
      passed: attempts.some((attempt) => attempt.passed),
    },
    nextAttemptNumber: Math.max(0, ...attempts.map((attempt) => attempt.number)) + 1,
  };
}

export function attemptsLeft(maxAttempts: number | null, status: QuizStatus): number | null {
  return maxAttempts === null ? null : Math.max(0, maxAttempts - status.attempts);
}

/** Whether the right answers and explanations may be shown: once the quiz is passed, or no attempt is left. */
export function mayRevealAnswers(maxAttempts: number | null, status: QuizStatus): boolean {
  return status.passed || attemptsLeft(maxAttempts, status) === 0;
}

export type SubmitResult = { ok: true; number: number; grade: Grade } | { ok: false; reason: "replayed" | "noAttemptsLeft" };

/**
 * Records one graded attempt, all or nothing. The attempt number in the form
 * must be the next one: a replayed or forged form is refused, and the unique
 * (user, quiz, number) key stops two concurrent submissions of the same form.
 * `onPassed` runs in the same transaction (module or webinar completion).
 */
export async function submitQuizAttempt(input: {
  userId: string;
  target: QuizTarget;
  quiz: Quiz;
  passMark: number;
  maxAttempts: number | null;
  attemptNumber: number;
  answers: Answers;
  onPassed: (tx: Tx) => Promise<void>;
}): Promise<SubmitResult> {
  const { userId, target, quiz, attemptNumber, answers } = input;
  const grade = gradeQuiz(quiz, answers, input.passMark);
  try {
    return await db.$transaction(async (tx) => {
      const previous = await tx.quizAttempt.count({ where: { userId, ...target } });
      if (attemptNumber !== previous + 1) return { ok: false as const, reason: "replayed" as const };
      if (input.maxAttempts !== null && previous >= input.maxAttempts) return { ok: false as const, reason: "noAttemptsLeft" as const };
      await insertAttempt(tx, { userId, target, number: attemptNumber, grade });
      if (grade.passed) await input.onPassed(tx);
      return { ok: true as const, number: attemptNumber, grade };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "replayed" };
    throw error;
  }
}

/**
 * The attempt and its answers, as two INSERT statements written out. Prisma's
 * nested create compiled a plan for the whole tree on every submission: 2.8 ms
 * against 1.4 ms for the transaction with its count (decision 0040). The
 * values go in as parameters, stored as Prisma stores them.
 */
async function insertAttempt(tx: Tx, { userId, target, number, grade }: { userId: string; target: QuizTarget; number: number; grade: Grade }): Promise<void> {
  const attemptId = randomUUID();
  const moduleId = "moduleId" in target ? target.moduleId : null;
  const webinarId = "webinarId" in target ? target.webinarId : null;
  await tx.$executeRaw`
    INSERT INTO "QuizAttempt" ("id", "userId", "moduleId", "webinarId", "number", "score", "passed", "submittedAt")
    VALUES (${attemptId}, ${userId}, ${moduleId}, ${webinarId}, ${number}, ${grade.score}, ${grade.passed}, ${new Date()})`;
  if (grade.questions.length === 0) return;
  const answers = grade.questions.map((question) => Prisma.sql`(${randomUUID()}, ${attemptId}, ${question.questionId}, ${JSON.stringify(question.selected)}, ${question.correct})`);
  await tx.$executeRaw`INSERT INTO "QuizAnswer" ("id", "attemptId", "questionId", "selected", "correct") VALUES ${Prisma.join(answers)}`;
}

export async function findAttempt(userId: string, target: QuizTarget, number: number) {
  return db.quizAttempt.findFirst({ where: { userId, ...target, number }, include: { answers: true } });
}
