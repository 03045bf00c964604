import { data } from "@remix-run/node";
import type { TFunction } from "i18next";
import type { Quiz } from "./content-schema";
import { attemptSeed, type QuizTarget } from "./attempts.server";
import { readAnswers } from "./engine.server";

export type QuizRejection = { error: string; unanswered: string[]; selected: Record<string, string[]> };

/**
 * Reads a submitted quiz form: the attempt number and the answers (mapped
 * from this attempt's form ids). Bad input becomes a 400 with a localized
 * message and the learner's selections, ready to return from the action.
 */
export function readQuizSubmission(formData: FormData, quiz: Quiz, userId: string, target: QuizTarget, t: TFunction) {
  const selected: Record<string, string[]> = {};
  for (const question of quiz.questions) selected[question.id] = formData.getAll(`q.${question.id}`).map(String);
  const reject = (body: QuizRejection) => ({ ok: false as const, response: data(body, { status: 400 }) });

  const attemptNumber = Number(formData.get("attempt"));
  if (!Number.isInteger(attemptNumber) || attemptNumber < 1) return reject({ error: t("courses.quiz.invalid"), unanswered: [], selected: {} });
  const read = readAnswers(formData, quiz, attemptSeed(userId, target, attemptNumber));
  if (!read.ok) {
    if (read.problem.kind === "invalid") return reject({ error: t("courses.quiz.invalid"), unanswered: [], selected: {} });
    const { questionIds } = read.problem;
    return reject({ error: t("courses.quiz.unanswered", { count: questionIds.length }), unanswered: questionIds, selected });
  }
  return { ok: true as const, attemptNumber, answers: read.answers, selected };
}
