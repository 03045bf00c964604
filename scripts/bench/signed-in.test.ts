import { describe, expect, it } from "vitest";
import { percentile } from "./load";
import { answerQuizForm } from "./signed-in";
import { checkSignedInTargets, type SignedInFigures } from "./report";

describe("signed-in benchmark", () => {
  it("takes the nearest-rank percentile", () => {
    const samples = Array.from({ length: 100 }, (_, index) => 100 - index);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 99)).toBe(0);
  });

  it("answers each question of a quiz form with its first choice and keeps the attempt number", () => {
    const html = `<form method="post"><input type="hidden" name="attempt" value="3"/>
      <input type="radio" id="a-x" name="q.a" value="x"/><input type="radio" id="a-y" name="q.a" value="y"/>
      <input type="checkbox" id="b-z" name="q.b" value="z"/><input type="search" name="query"/></form>`;
    expect(answerQuizForm(html).toString()).toBe("attempt=3&q.a=x&q.b=z");
    expect(() => answerQuizForm("<p>no form</p>")).toThrow(/attempt/);
  });

  it("marks a target missed on a slow page, a quiz error or an attempt recorded twice", () => {
    const figures: SignedInFigures = {
      pages: [
        { kind: "module", language: "zh", path: "/zh/m", connections: 100, load: { requestsPerSecond: 700, p50Ms: 100, p99Ms: 250, errors: 0, non2xx: 0 } },
        { kind: "course", language: "zh", path: "/zh/c", connections: 100, load: { requestsPerSecond: 700, p50Ms: 100, p99Ms: 350, errors: 0, non2xx: 0 } },
      ],
      classQuiz: {
        learners: 2,
        path: "/zh/m/quiz",
        ms: 10,
        steps: [
          { step: "open", p50Ms: 1, p99Ms: 2, maxMs: 2, errors: 0 },
          { step: "submit", p50Ms: 1, p99Ms: 2, maxMs: 2, errors: 1 },
          { step: "result", p50Ms: 1, p99Ms: 2, maxMs: 2, errors: 0 },
        ],
        attemptsRecorded: 2,
        learnersWithOneAttempt: 1,
      },
    };
    expect(checkSignedInTargets(figures).map((target) => target.met)).toEqual([true, false, true, false, true, false]);
  });
});
