import type { QuizQuestion } from "~/features/quiz/content-schema";
import type { Language } from "~/platform/i18n/languages";
import { pick } from "~/features/quiz/localize";
import { share } from "./stats";

/** Answer counts of one question, as a database groupBy by (questionId, correct) returns them. */
export type AnswerCount = { questionId: string; correct: boolean; _count: { _all: number } };

export type QuestionShare = {
  /** Where the question comes from, e.g. the module title or "Checkpoint 2:05". */
  source: string;
  questionId: string;
  prompt: string;
  answers: number;
  correct: number;
  share: number | null;
};

/**
 * Per-question share of correct answers, with the question text in the page
 * language. Every question of the quiz is listed, answered or not; answers to
 * questions no longer in the quiz are left out.
 */
export function questionShares(questions: QuizQuestion[], counts: AnswerCount[], source: string, language: Language): QuestionShare[] {
  return questions.map((question) => {
    const rows = counts.filter((row) => row.questionId === question.id);
    const answers = rows.reduce((sum, row) => sum + row._count._all, 0);
    const correct = rows.filter((row) => row.correct).reduce((sum, row) => sum + row._count._all, 0);
    return { source, questionId: question.id, prompt: pick(question.prompt, language), answers, correct, share: share(correct, answers) };
  });
}

/** Hardest first: lowest share of correct answers; unanswered questions last. */
export function hardestFirst(questions: QuestionShare[]): QuestionShare[] {
  return [...questions].sort((a, b) => (a.share ?? 2) - (b.share ?? 2) || b.answers - a.answers);
}
