// What the course, module and module quiz pages show of the learner signed
// in: their loaders take it from here and nowhere else, since the server may
// hand a page rendered for one learner to another whose parts are the same
// (decisions 0038, 0039).
// Each part is what the page shows, not the records behind it, so learners at
// the same point of a course share one page.
import type { PublicUser } from "~/features/auth/user.server";
import { certificateNumberFor } from "~/features/certificates/holder.server";
import { attemptLayout, attemptsLeft, findAttempt, quizProgress, quizStatus, type QuizStatus } from "~/features/quiz/attempts.server";
import { notFound } from "~/platform/http/responses";
import { continueModule } from "./continue-module";
import { courseCompletedAt, courseProgress, recordModuleVisit } from "./progress.server";
import { moduleQuiz, type CourseWithModules, type ModuleRow } from "./queries.server";

export type CoursePageParts = {
  signedIn: boolean;
  /** Modules done, in the course's order. */
  doneModuleIds: string[];
  started: boolean;
  completedAt: Date | null;
  certificateNumber: string | null;
  continueSlug: string | null;
};

export async function coursePageParts(user: PublicUser | null, course: CourseWithModules): Promise<CoursePageParts> {
  const progress = user ? await courseProgress(user.id, course.id) : null;
  const done = new Set(progress?.completedModuleIds ?? []);
  return {
    signedIn: Boolean(user),
    doneModuleIds: course.modules.filter((module) => done.has(module.id)).map((module) => module.id),
    started: Boolean(progress?.startedAt),
    completedAt: progress?.completedAt ?? null,
    certificateNumber: user && progress?.completedAt ? await certificateNumberFor(user.id, "course", course.id) : null,
    continueSlug: continueModule(course.modules, done, progress?.lastModuleId ?? null),
  };
}

export type ModulePageParts = { signedIn: boolean; completed: boolean; quizStatus: QuizStatus | null };

/** Opening a module counts as the learner's visit (where "continue" leads). */
export async function modulePageParts(user: PublicUser | null, course: CourseWithModules, module: ModuleRow): Promise<ModulePageParts> {
  if (!user) return { signedIn: false, completed: false, quizStatus: null };
  const [visit, status] = await Promise.all([
    recordModuleVisit(user.id, course.id, module.id),
    moduleQuiz(module) ? quizStatus(user.id, { moduleId: module.id }) : null,
  ]);
  return { signedIn: true, completed: visit.completed, quizStatus: status };
}

/** The next attempt's form: its number, what is left after it, and the layout its choices are shown in. */
export type QuizFormParts = { view: "form"; attemptNumber: number; attemptsLeftAfter: number | null; exhausted: boolean; layout: number };

/** A submitted attempt: its grade and the answers given (as content ids), and what the course's completion brought. */
export type QuizResultParts = {
  view: "result";
  number: number;
  score: number;
  passed: boolean;
  /** The answers given (content ids), by question id: learners who answered alike have equal parts. */
  answers: { questionId: string; selected: string; correct: boolean }[];
  courseCompleted: boolean;
  certificateNumber: string | null;
  /** The certificate is held back until the learner confirms their address. */
  certificateAwaitsConfirmation: boolean;
};

export type ModuleQuizPageParts = QuizFormParts | QuizResultParts;

/** The learner's next attempt at a module's quiz, or one they made (a 404 for an attempt they did not make). */
export async function moduleQuizPageParts(user: PublicUser, course: CourseWithModules, module: ModuleRow, requested: number | null): Promise<ModuleQuizPageParts> {
  const target = { moduleId: module.id };
  if (requested === null) {
    const { nextAttemptNumber: number, status } = await quizProgress(user.id, target);
    const left = attemptsLeft(course.maxAttempts, status);
    return {
      view: "form",
      attemptNumber: number,
      attemptsLeftAfter: left === null ? null : Math.max(0, left - 1),
      exhausted: left === 0,
      layout: left === 0 ? 0 : attemptLayout(user.id, target, number),
    };
  }
  const [attempt, completedAt] = await Promise.all([findAttempt(user.id, target, requested), courseCompletedAt(user.id, course.id)]);
  if (!attempt) throw notFound();
  const courseCompleted = attempt.passed && completedAt !== null && completedAt.getTime() >= attempt.submittedAt.getTime() - 5_000;
  return {
    view: "result",
    number: attempt.number,
    score: attempt.score,
    passed: attempt.passed,
    answers: attempt.answers
      .map(({ questionId, selected, correct }) => ({ questionId, selected, correct }))
      .sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0)),
    courseCompleted,
    certificateNumber: courseCompleted ? await certificateNumberFor(user.id, "course", course.id) : null,
    certificateAwaitsConfirmation: courseCompleted && !user.emailVerifiedAt,
  };
}
