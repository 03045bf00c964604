// What the course and module pages show of the learner signed in: their
// loaders take it from here and nowhere else, since the server may hand a page
// rendered for one learner to another whose parts are the same (decision 0038).
// Each part is what the page shows, not the records behind it, so learners at
// the same point of a course share one page.
import type { PublicUser } from "~/features/auth/user.server";
import { certificateNumberFor } from "~/features/certificates/holder.server";
import { quizStatus, type QuizStatus } from "~/features/quiz/attempts.server";
import { continueModule } from "./continue-module";
import { courseProgress, recordModuleVisit } from "./progress.server";
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
