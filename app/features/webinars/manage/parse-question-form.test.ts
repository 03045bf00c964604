import { describe, expect, it } from "vitest";
import { gradeQuiz } from "~/features/quiz/engine.server";
import { parseQuestionForm } from "./parse-question-form";

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one);
  return data;
}

const base = {
  promptZh: "哪些产品需要儿童产品证书？",
  promptEn: "Which products need a Children's Product Certificate?",
  "choiceZh-0": "儿童玩具",
  "choiceEn-0": "Children's toys",
  "choiceZh-1": "儿童服装",
  "choiceEn-1": "Children's apparel",
  "choiceZh-2": "成人工具",
  "choiceEn-2": "Tools for adults",
  explanationZh: "儿童产品都需要。",
  explanationEn: "All children's products do.",
};

describe("parseQuestionForm", () => {
  it("reads a single-choice question as before (no type sent means one right answer)", () => {
    const parsed = parseQuestionForm(form({ ...base, correct: "1" }));
    expect(parsed.ok && parsed.question).toMatchObject({ type: "single", choices: [{ correct: false }, { correct: true }, { correct: false }] });
  });

  it("reads a multiple-choice question with several right choices, which the quiz engine grades", () => {
    const parsed = parseQuestionForm(form({ ...base, type: "multiple", correct: ["0", "1"] }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.question.type).toBe("multiple");
    expect(parsed.question.choices.filter((choice) => choice.correct).map((choice) => choice.id)).toEqual(["c0", "c1"]);
    const quiz = { questions: [parsed.question] };
    expect(gradeQuiz(quiz, { [parsed.question.id]: ["c0", "c1"] }, 100).passed).toBe(true);
    expect(gradeQuiz(quiz, { [parsed.question.id]: ["c0"] }, 100).passed).toBe(false);
  });

  it("refuses several right choices on a one-answer question, and none on a multiple-choice one", () => {
    expect(parseQuestionForm(form({ ...base, type: "single", correct: ["0", "1"] }))).toEqual({ ok: false, errors: { correct: { key: "validation.oneCorrectChoice" } } });
    expect(parseQuestionForm(form({ ...base, type: "multiple" }))).toEqual({ ok: false, errors: { correct: { key: "validation.markCorrectChoices" } } });
  });

  it("refuses a right mark on an empty choice row", () => {
    expect(parseQuestionForm(form({ ...base, type: "multiple", correct: ["0", "3"] }))).toEqual({ ok: false, errors: { correct: { key: "validation.correctChoiceEmpty" } } });
  });
});
