import { moduleQuiz, requireCourse } from "~/features/courses/queries.server";
import type { Language } from "~/platform/i18n/languages";
import { db } from "~/platform/db/db.server";
import { localized } from "~/platform/i18n/localized";
import { hardestFirst, questionShares, type QuestionShare } from "./question-shares.server";
import { daysBetween, median, share } from "./stats";

export type ModuleReport = {
  title: string;
  learners: number;
  attempts: number;
  passedLearners: number;
  passRate: number | null;
};

export type CourseReport = {
  slug: string;
  title: string;
  enrolments: number;
  completions: number;
  completionRate: number | null;
  medianDaysToComplete: number | null;
  modules: ModuleReport[];
  questions: QuestionShare[];
};

/**
 * Everything on a course report, in a fixed handful of queries whatever the
 * number of learners: grouped counts per module and per question, and the
 * start and completion dates of completed enrolments.
 */
export async function courseReport(slug: string | undefined, language: Language): Promise<CourseReport> {
  const course = await requireCourse(slug);
  const moduleIds = course.modules.map((module) => module.id);
  const [enrolments, completed, learnersPerModule, passedPerModule, attemptsPerModule, answerCounts] = await Promise.all([
    db.courseEnrollment.count({ where: { courseId: course.id } }),
    db.courseEnrollment.findMany({ where: { courseId: course.id, completedAt: { not: null } }, select: { startedAt: true, completedAt: true } }),
    db.quizAttempt.groupBy({ by: ["moduleId", "userId"], where: { moduleId: { in: moduleIds } } }),
    db.quizAttempt.groupBy({ by: ["moduleId", "userId"], where: { moduleId: { in: moduleIds }, passed: true } }),
    db.quizAttempt.groupBy({ by: ["moduleId"], where: { moduleId: { in: moduleIds } }, _count: { _all: true } }),
    // Question ids are unique within a quiz, not across modules: count per module.
    Promise.all(moduleIds.map((moduleId) => db.quizAnswer.groupBy({ by: ["questionId", "correct"], where: { attempt: { moduleId } }, _count: { _all: true } }))),
  ]);

  const modules = course.modules.map((module): ModuleReport => {
    const learners = learnersPerModule.filter((row) => row.moduleId === module.id).length;
    const passedLearners = passedPerModule.filter((row) => row.moduleId === module.id).length;
    const attempts = attemptsPerModule.find((row) => row.moduleId === module.id)?._count._all ?? 0;
    return { title: localized(module, "title", language), learners, attempts, passedLearners, passRate: share(passedLearners, learners) };
  });

  const questions = course.modules.flatMap((module, index) => {
    const quiz = moduleQuiz(module);
    return quiz ? questionShares(quiz.questions, answerCounts[index]!, localized(module, "title", language), language) : [];
  });

  return {
    slug: course.slug,
    title: localized(course, "title", language),
    enrolments,
    completions: completed.length,
    completionRate: share(completed.length, enrolments),
    medianDaysToComplete: median(completed.map((row) => daysBetween(row.startedAt, row.completedAt!))),
    modules,
    questions: hardestFirst(questions),
  };
}
