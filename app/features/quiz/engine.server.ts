// The quiz engine: what the browser may see of a quiz, how answers are read
// from a form, and how they are graded. Pure functions, shared by every
// feature that has quizzes.
import crypto from "node:crypto";
import type { Bilingual } from "~/platform/content/bilingual";
import type { Quiz, QuizQuestion } from "./content-schema";
import { readOrCreateSecret } from "~/platform/runtime/secret-file.server";
import { seededShuffle } from "./shuffle.server";

let secret: string | undefined;

/** A hash keyed with the quiz secret: nobody can work out what derives from it without the key. */
export function keyedDigest(text: string): Buffer {
  secret ??= readOrCreateSecret("quiz-secret");
  return crypto.createHmac("sha256", secret).update(text).digest();
}

/**
 * The id a choice carries in one attempt's form: a keyed hash of the attempt
 * seed and the real id, so the page reveals neither which choice is which
 * across attempts nor anything about the answer key.
 */
export function formChoiceId(seed: string, questionId: string, choiceId: string): string {
  return keyedDigest(`${seed}:${questionId}:${choiceId}`).toString("base64url").slice(0, 12);
}

/** A question as sent to the browser before submission: no correct flags, no explanation. */
export type PublicQuestion = {
  id: string;
  type: QuizQuestion["type"];
  prompt: Bilingual;
  choices: { id: string; text: Bilingual }[];
};

/** Choices shuffled per attempt (true/false keeps its natural order), with per-attempt ids. */
export function publicQuestions(quiz: Quiz, seed: string): PublicQuestion[] {
  return quiz.questions.map((question) => {
    const choices = question.choices.map((choice) => ({ id: formChoiceId(seed, question.id, choice.id), text: choice.text }));
    return {
      id: question.id,
      type: question.type,
      prompt: question.prompt,
      choices: question.type === "truefalse" ? choices : seededShuffle(choices, `${seed}:${question.id}`),
    };
  });
}

export const answerField = (questionId: string) => `q.${questionId}`;

export type Answers = Record<string, string[]>;
export type AnswerProblem = { kind: "unanswered"; questionIds: string[] } | { kind: "invalid" };

/**
 * Reads every question's selected choices (form ids of this attempt, mapped
 * back to real choice ids); refuses unknown ids and extra selections.
 */
export function readAnswers(formData: FormData, quiz: Quiz, seed: string): { ok: true; answers: Answers } | { ok: false; problem: AnswerProblem } {
  const answers: Answers = {};
  const unanswered: string[] = [];
  for (const question of quiz.questions) {
    const byFormId = new Map(question.choices.map((choice) => [formChoiceId(seed, question.id, choice.id), choice.id]));
    const selected = [...new Set(formData.getAll(answerField(question.id)).map((value) => byFormId.get(String(value)) ?? null))];
    if (selected.some((id) => id === null)) return { ok: false, problem: { kind: "invalid" } };
    if (question.type !== "multiple" && selected.length > 1) return { ok: false, problem: { kind: "invalid" } };
    if (selected.length === 0) unanswered.push(question.id);
    answers[question.id] = (selected as string[]).sort();
  }
  const expected = new Set(quiz.questions.map((question) => answerField(question.id)));
  for (const key of formData.keys()) {
    if (key.startsWith("q.") && !expected.has(key)) return { ok: false, problem: { kind: "invalid" } };
  }
  if (unanswered.length) return { ok: false, problem: { kind: "unanswered", questionIds: unanswered } };
  return { ok: true, answers };
}

export type GradedQuestion = { questionId: string; selected: string[]; correct: boolean };
export type Grade = { score: number; passed: boolean; questions: GradedQuestion[] };

/** A question is right when exactly its correct choices are selected; the score is a whole percent. */
export function gradeQuiz(quiz: Quiz, answers: Answers, passMark: number): Grade {
  const questions = quiz.questions.map((question) => {
    const selected = answers[question.id] ?? [];
    const expected = question.choices.filter((choice) => choice.correct).map((choice) => choice.id).sort();
    return { questionId: question.id, selected, correct: selected.join(",") === expected.join(",") };
  });
  const right = questions.filter((question) => question.correct).length;
  const score = Math.floor((right * 100) / quiz.questions.length);
  return { score, passed: score >= passMark, questions };
}
