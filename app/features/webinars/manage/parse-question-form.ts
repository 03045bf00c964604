import crypto from "node:crypto";
import { questionSchema, type QuizQuestion } from "~/features/quiz/content-schema";
import type { FieldErrors } from "~/platform/forms/parse-form";
import { isFreeOfHiddenCharacters } from "~/platform/text/hidden-characters";

/** Choice rows the question form shows; empty ones are left out (at least two are needed). */
export const CHOICE_ROWS = 4;

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim();

/**
 * Reads the question form (a single-choice question in both languages: prompt,
 * up to four choices with the right one marked, explanation) into a question
 * of the quiz engine, checked by the engine's own schema. Errors are keyed by
 * field name.
 */
export function parseQuestionForm(formData: FormData): { ok: true; question: QuizQuestion } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const required = (name: string, max: number) => {
    const value = text(formData, name);
    if (!value) errors[name] = { key: "validation.required" };
    else if (value.length > max) errors[name] = { key: "validation.tooLong", values: { max } };
    else if (!isFreeOfHiddenCharacters(value)) errors[name] = { key: "validation.hiddenCharacters" };
    return value;
  };
  const prompt = { zh: required("promptZh", 500), en: required("promptEn", 500) };
  const explanation = { zh: required("explanationZh", 1000), en: required("explanationEn", 1000) };
  const correctRow = text(formData, "correct");
  const choices: QuizQuestion["choices"] = [];
  for (let row = 0; row < CHOICE_ROWS; row += 1) {
    const [zh, en] = [text(formData, `choiceZh-${row}`), text(formData, `choiceEn-${row}`)];
    if (!zh && !en) {
      if (correctRow === String(row)) errors.correct = { key: "validation.correctChoiceEmpty" };
      continue;
    }
    const filled = { zh: required(`choiceZh-${row}`, 300), en: required(`choiceEn-${row}`, 300) };
    choices.push({ id: `c${row}`, correct: correctRow === String(row), text: filled });
  }
  if (choices.length < 2) errors["choiceZh-0"] ??= { key: "validation.twoChoices" };
  else if (!errors.correct && !choices.some((choice) => choice.correct)) errors.correct = { key: "validation.markCorrectChoice" };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const question = questionSchema.parse({ id: `q-${crypto.randomBytes(4).toString("hex")}`, type: "single", prompt, choices, explanation });
  return { ok: true, question };
}
