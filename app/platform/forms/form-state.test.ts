import { describe, expect, it } from "vitest";
import { holdsRejectedForm } from "./form-state";

describe("holdsRejectedForm", () => {
  const rejected = { errors: { at: "validation.clockTime" }, values: { at: "0:9" } };

  it("finds a rejected form on its own or inside a page's parts", () => {
    expect(holdsRejectedForm(rejected)).toBe(true);
    expect(holdsRejectedForm({ chapters: rejected })).toBe(true);
    expect(holdsRejectedForm({ questions: { form: "checkpoint", answer: rejected } })).toBe(true);
  });

  it("is false for answers that are not rejections", () => {
    for (const answer of [undefined, null, "saved", 3, { done: true }, { tone: "success", message: "Published" }, { pushed: true }, [1, 2]]) {
      expect(holdsRejectedForm(answer)).toBe(false);
    }
  });

  it("looks only a few levels deep", () => {
    expect(holdsRejectedForm({ a: { b: { c: rejected } } })).toBe(false);
  });
});
