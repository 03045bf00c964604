import type { Quiz } from "./content-schema";
import type { Language } from "~/platform/i18n/languages";
import { pick } from "./localize";

export type ReviewedQuestion = {
  id: string;
  prompt: string;
  correct: boolean;
  choices: { id: string; text: string; selected: boolean; right: boolean }[];
  explanation: string;
};

/** A submitted attempt with the correct answers and explanations: shown only after submission. */
export function reviewAttempt(
  quiz: Quiz,
  answers: { questionId: string; selected: string; correct: boolean }[],
  language: Language,
): ReviewedQuestion[] {
  const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
  return quiz.questions.map((question) => {
    const answer = byQuestion.get(question.id);
    const selected = new Set<string>(answer ? (JSON.parse(answer.selected) as string[]) : []);
    return {
      id: question.id,
      prompt: pick(question.prompt, language),
      correct: answer?.correct ?? false,
      explanation: pick(question.explanation, language),
      choices: question.choices.map((choice) => ({
        id: choice.id,
        text: pick(choice.text, language),
        selected: selected.has(choice.id),
        right: choice.correct,
      })),
    };
  });
}

export type SubmittedQuestion = { id: string; prompt: string; choices: { id: string; text: string; selected: boolean }[] };

/**
 * A submitted attempt as the learner answered it, without which answers are
 * right or why: what a failed final quiz shows until it is passed.
 */
export function submittedAnswers(quiz: Quiz, answers: { questionId: string; selected: string; correct: boolean }[], language: Language): SubmittedQuestion[] {
  return reviewAttempt(quiz, answers, language).map(({ id, prompt, choices }) => ({
    id,
    prompt,
    choices: choices.map((choice) => ({ id: choice.id, text: choice.text, selected: choice.selected })),
  }));
}
