import crypto from "node:crypto";
import { questionSchema, type QuizQuestion } from "~/features/quiz/content-schema";
import type { FieldErrors } from "~/platform/forms/parse-form";
import { formText as text, requiredFormText } from "./form-text";

/** Choice rows the question form shows; empty ones are left out (at least two are needed). */
export const CHOICE_ROWS = 4;

/** The question types a trainer writes: one right choice, or several. */
export const WRITTEN_QUESTION_TYPES = ["single", "multiple"] as const;
export type WrittenQuestionType = (typeof WRITTEN_QUESTION_TYPES)[number];

export function writtenQuestionType(value: unknown): WrittenQuestionType {
  return value === "multiple" ? "multiple" : "single";
}

/**
 * Reads the question form (a single- or multiple-choice question in both
 * languages: prompt, up to four choices with the right one(s) marked,
 * explanation) into a question of the quiz engine, checked by the engine's own
 * schema. Errors are keyed by field name.
 */
export function parseQuestionForm(formData: FormData): { ok: true; question: QuizQuestion } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const required = (name: string, max: number) => requiredFormText(formData, errors, name, max);
  const prompt = { zh: required("promptZh", 500), en: required("promptEn", 500) };
  const explanation = { zh: required("explanationZh", 1000), en: required("explanationEn", 1000) };
  const type = writtenQuestionType(formData.get("type"));
  const correctRows = new Set(formData.getAll("correct").map(String));
  const choices: QuizQuestion["choices"] = [];
  for (let row = 0; row < CHOICE_ROWS; row += 1) {
    const [zh, en] = [text(formData, `choiceZh-${row}`), text(formData, `choiceEn-${row}`)];
    if (!zh && !en) {
      if (correctRows.has(String(row))) errors.correct = { key: "validation.correctChoiceEmpty" };
      continue;
    }
    const filled = { zh: required(`choiceZh-${row}`, 300), en: required(`choiceEn-${row}`, 300) };
    choices.push({ id: `c${row}`, correct: correctRows.has(String(row)), text: filled });
  }
  const marked = choices.filter((choice) => choice.correct).length;
  if (choices.length < 2) errors["choiceZh-0"] ??= { key: "validation.twoChoices" };
  else if (!errors.correct && marked === 0) errors.correct = { key: type === "multiple" ? "validation.markCorrectChoices" : "validation.markCorrectChoice" };
  else if (!errors.correct && type === "single" && marked > 1) errors.correct = { key: "validation.oneCorrectChoice" };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const question = questionSchema.parse({ id: `q-${crypto.randomBytes(4).toString("hex")}`, type, prompt, choices, explanation });
  return { ok: true, question };
}
