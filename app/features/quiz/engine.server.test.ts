import { describe, expect, it } from "vitest";
import type { Quiz } from "./content-schema";
import { answerField, formChoiceId, gradeQuiz, publicQuestions, readAnswers } from "./engine.server";

const SEED = "user:module:1";
const pick = (questionId: string, choiceId: string): [string, string] => [answerField(questionId), formChoiceId(SEED, questionId, choiceId)];

const text = (en: string) => ({ zh: `中${en}`, en });
const quiz: Quiz = {
  questions: [
    {
      id: "one",
      type: "single",
      prompt: text("Pick b"),
      choices: [
        { id: "a", correct: false, text: text("A") },
        { id: "b", correct: true, text: text("B") },
        { id: "c", correct: false, text: text("C") },
        { id: "d", correct: false, text: text("D") },
      ],
      explanation: text("Because b"),
    },
    {
      id: "many",
      type: "multiple",
      prompt: text("Pick a and c"),
      choices: [
        { id: "a", correct: true, text: text("A") },
        { id: "b", correct: false, text: text("B") },
        { id: "c", correct: true, text: text("C") },
      ],
      explanation: text("Because a and c"),
    },
    {
      id: "tf",
      type: "truefalse",
      prompt: text("True?"),
      choices: [
        { id: "true", correct: true, text: text("True") },
        { id: "false", correct: false, text: text("False") },
      ],
      explanation: text("It is true"),
    },
  ],
};

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("quiz engine", () => {
  it("never sends correct flags or explanations to the browser", () => {
    const json = JSON.stringify(publicQuestions(quiz, "seed"));
    expect(json).not.toContain("correct");
    expect(json).not.toContain("Because");
  });

  it("shuffles choices per attempt, reproducibly", () => {
    const orders = new Set(
      Array.from({ length: 20 }, (_, n) => publicQuestions(quiz, `user:module:${n}`)[0]!.choices.map((c) => c.text.en).join("")),
    );
    expect(orders.size).toBeGreaterThan(1);
    expect(publicQuestions(quiz, "same")).toEqual(publicQuestions(quiz, "same"));
    expect(publicQuestions(quiz, "x")[2]!.choices.map((c) => c.text.en)).toEqual(["True", "False"]);
  });

  it("gives choices opaque ids that change with every attempt", () => {
    const first = publicQuestions(quiz, "user:module:1")[0]!.choices.map((c) => c.id);
    const second = publicQuestions(quiz, "user:module:2")[0]!.choices.map((c) => c.id);
    expect(first.some((id) => ["a", "b", "c", "d"].includes(id))).toBe(false);
    expect(first.filter((id) => second.includes(id))).toEqual([]);
  });

  it("grades exact selections", () => {
    const all = gradeQuiz(quiz, { one: ["b"], many: ["a", "c"], tf: ["true"] }, 75);
    expect(all).toMatchObject({ score: 100, passed: true });
    const partial = gradeQuiz(quiz, { one: ["b"], many: ["a"], tf: ["true"] }, 75);
    expect(partial.score).toBe(66);
    expect(partial.passed).toBe(false);
    expect(partial.questions.find((q) => q.questionId === "many")?.correct).toBe(false);
    expect(gradeQuiz(quiz, { one: ["b"], many: ["a", "b", "c"], tf: ["true"] }, 60).questions[1]!.correct).toBe(false);
  });

  it("scores a whole percent exactly: 29 of 50 right is 58 %, which passes a 58 % mark", () => {
    const fifty: Quiz = { questions: Array.from({ length: 50 }, (_, index) => ({ ...quiz.questions[2]!, id: `tf${index}` })) };
    const answers = Object.fromEntries(fifty.questions.map((question, index) => [question.id, [index < 29 ? "true" : "false"]]));
    // (29 / 50) * 100 is 57.99… in floating point.
    expect(gradeQuiz(fifty, answers, 58)).toMatchObject({ score: 58, passed: true });
  });

  it("reads answers and reports unanswered questions", () => {
    const ok = readAnswers(form([pick("one", "b"), pick("many", "c"), pick("many", "a"), pick("tf", "false")]), quiz, SEED);
    expect(ok).toEqual({ ok: true, answers: { one: ["b"], many: ["a", "c"], tf: ["false"] } });
    expect(readAnswers(form([pick("one", "b")]), quiz, SEED)).toEqual({
      ok: false,
      problem: { kind: "unanswered", questionIds: ["many", "tf"] },
    });
  });

  it("refuses unknown choices, unknown questions and two answers to a single-choice question", () => {
    const base: [string, string][] = [pick("many", "a"), pick("tf", "true")];
    const invalid = { ok: false, problem: { kind: "invalid" } };
    expect(readAnswers(form([[answerField("one"), "zzz"], ...base]), quiz, SEED)).toEqual(invalid);
    expect(readAnswers(form([[answerField("one"), "b"], ...base]), quiz, SEED)).toEqual(invalid);
    expect(readAnswers(form([pick("one", "a"), ...base]), quiz, "user:module:2")).toEqual(invalid);
    expect(readAnswers(form([pick("one", "a"), pick("one", "b"), ...base]), quiz, SEED)).toEqual(invalid);
    expect(readAnswers(form([pick("one", "a"), [answerField("ghost"), "a"], ...base]), quiz, SEED)).toEqual(invalid);
  });
});
