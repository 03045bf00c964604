import { formChoiceId, gradeQuiz, publicQuestions, readAnswers } from "~/features/quiz/engine.server";
import type { Language } from "~/platform/i18n/languages";
import { pick, showQuestion } from "~/features/quiz/localize";
import type { WebinarRecord } from "./webinars.server";

/** Form ids of checkpoint choices are per learner and webinar. */
function checkpointSeed(userId: string, webinarId: string): string {
  return `${userId}:checkpoint:${webinarId}`;
}

/** Checkpoints as the browser may see them: time, question and choices, no answers. */
export function publicCheckpoints(webinar: WebinarRecord, userId: string, language: Language) {
  const questions = publicQuestions({ questions: webinar.checkpointList.map((checkpoint) => checkpoint.question) }, checkpointSeed(userId, webinar.id));
  return webinar.checkpointList.map((checkpoint, index) => ({ at: checkpoint.at, question: showQuestion(questions[index]!, language) }));
}

export type CheckpointResult =
  | { ok: true; questionId: string; correct: boolean; explanation: string; rightChoiceIds: string[] }
  | { ok: false };

/** Grades one checkpoint answer on the server and explains it. */
export function gradeCheckpoint(webinar: WebinarRecord, userId: string, formData: FormData, language: Language): CheckpointResult {
  const questionId = String(formData.get("questionId") ?? "");
  const checkpoint = webinar.checkpointList.find((candidate) => candidate.question.id === questionId);
  if (!checkpoint) return { ok: false };
  const quiz = { questions: [checkpoint.question] };
  const seed = checkpointSeed(userId, webinar.id);
  const read = readAnswers(formData, quiz, seed);
  if (!read.ok) return { ok: false };
  const grade = gradeQuiz(quiz, read.answers, 100);
  return {
    ok: true,
    questionId,
    correct: grade.passed,
    explanation: pick(checkpoint.question.explanation, language),
    rightChoiceIds: checkpoint.question.choices.filter((choice) => choice.correct).map((choice) => formChoiceId(seed, questionId, choice.id)),
  };
}
