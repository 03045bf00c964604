import { describe, expect, it } from "vitest";
import type { Quiz } from "~/features/courses/content/schema";
import { answerField, gradeQuiz, publicQuestions, readAnswers } from "./engine.server";

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
      Array.from({ length: 20 }, (_, n) => publicQuestions(quiz, `user:module:${n}`)[0]!.choices.map((c) => c.id).join("")),
    );
    expect(orders.size).toBeGreaterThan(1);
    expect(publicQuestions(quiz, "same")).toEqual(publicQuestions(quiz, "same"));
    expect(publicQuestions(quiz, "x")[2]!.choices.map((c) => c.id)).toEqual(["true", "false"]);
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

  it("reads answers and reports unanswered questions", () => {
    const ok = readAnswers(form([[answerField("one"), "b"], [answerField("many"), "c"], [answerField("many"), "a"], [answerField("tf"), "false"]]), quiz);
    expect(ok).toEqual({ ok: true, answers: { one: ["b"], many: ["a", "c"], tf: ["false"] } });
    expect(readAnswers(form([[answerField("one"), "b"]]), quiz)).toEqual({
      ok: false,
      problem: { kind: "unanswered", questionIds: ["many", "tf"] },
    });
  });

  it("refuses unknown choices, unknown questions and two answers to a single-choice question", () => {
    const base: [string, string][] = [[answerField("many"), "a"], [answerField("tf"), "true"]];
    expect(readAnswers(form([[answerField("one"), "z"], ...base]), quiz)).toEqual({ ok: false, problem: { kind: "invalid" } });
    expect(readAnswers(form([[answerField("one"), "a"], [answerField("one"), "b"], ...base]), quiz)).toEqual({ ok: false, problem: { kind: "invalid" } });
    expect(readAnswers(form([[answerField("one"), "a"], [answerField("ghost"), "a"], ...base]), quiz)).toEqual({ ok: false, problem: { kind: "invalid" } });
  });
});
