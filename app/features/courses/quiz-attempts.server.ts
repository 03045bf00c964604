import { gradeQuiz, type Answers, type Grade } from "~/features/quiz/engine.server";
import { db } from "~/features/server/db.server";
import type { Quiz } from "./content/schema";
import { completeModule } from "./progress.server";
import type { CourseWithModules, ModuleRow } from "./queries.server";

/** Shuffling and form ids of one learner's attempt derive from this. */
export function attemptSeed(userId: string, moduleId: string, attemptNumber: number): string {
  return `${userId}:${moduleId}:${attemptNumber}`;
}

/** The number the next attempt will get: attempts are numbered 1, 2, 3… per learner and quiz. */
export async function nextAttemptNumber(userId: string, moduleId: string): Promise<number> {
  const last = await db.quizAttempt.findFirst({
    where: { userId, moduleId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  return (last?.number ?? 0) + 1;
}

export type QuizStatus = { attempts: number; bestScore: number | null; passed: boolean };

export async function quizStatus(userId: string, moduleId: string): Promise<QuizStatus> {
  const attempts = await db.quizAttempt.findMany({ where: { userId, moduleId }, select: { score: true, passed: true } });
  return {
    attempts: attempts.length,
    bestScore: attempts.length ? Math.max(...attempts.map((attempt) => attempt.score)) : null,
    passed: attempts.some((attempt) => attempt.passed),
  };
}

export function attemptsLeft(course: Pick<CourseWithModules, "maxAttempts">, status: QuizStatus): number | null {
  return course.maxAttempts === null ? null : Math.max(0, course.maxAttempts - status.attempts);
}

export type SubmitResult = { ok: true; number: number; grade: Grade } | { ok: false; reason: "replayed" | "noAttemptsLeft" };

/**
 * Records one graded attempt, all or nothing. The attempt number in the form
 * must be the next one: a replayed or forged form is refused, and the unique
 * (user, module, number) key stops two concurrent submissions of the same form.
 */
export async function submitQuizAttempt(input: {
  userId: string;
  course: CourseWithModules;
  module: ModuleRow;
  quiz: Quiz;
  attemptNumber: number;
  answers: Answers;
}): Promise<SubmitResult> {
  const { userId, course, module, quiz, attemptNumber, answers } = input;
  const grade = gradeQuiz(quiz, answers, course.passMark);
  try {
    return await db.$transaction(async (tx) => {
      const previous = await tx.quizAttempt.count({ where: { userId, moduleId: module.id } });
      if (attemptNumber !== previous + 1) return { ok: false as const, reason: "replayed" as const };
      if (course.maxAttempts !== null && previous >= course.maxAttempts) return { ok: false as const, reason: "noAttemptsLeft" as const };
      await tx.quizAttempt.create({
        data: {
          userId,
          moduleId: module.id,
          number: attemptNumber,
          score: grade.score,
          passed: grade.passed,
          answers: {
            create: grade.questions.map((question) => ({
              questionId: question.questionId,
              selected: JSON.stringify(question.selected),
              correct: question.correct,
            })),
          },
        },
      });
      if (grade.passed) await completeModule(tx, userId, course.id, module.id);
      return { ok: true as const, number: attemptNumber, grade };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, reason: "replayed" };
    throw error;
  }
}

export async function findAttempt(userId: string, moduleId: string, number: number) {
  return db.quizAttempt.findUnique({
    where: { userId_moduleId_number: { userId, moduleId, number } },
    include: { answers: true },
  });
}
