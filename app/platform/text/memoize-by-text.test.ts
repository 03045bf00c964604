import { describe, expect, it } from "vitest";
import { memoizeByText } from "./memoize-by-text";

describe("memoizeByText", () => {
  it("computes each text once and drops the oldest result beyond the limit", () => {
    const calls: string[] = [];
    const upper = memoizeByText((text) => {
      calls.push(text);
      return text.toUpperCase();
    }, 2);
    expect(upper("a")).toBe("A");
    expect(upper("a")).toBe("A");
    expect(upper("b")).toBe("B");
    expect(calls).toEqual(["a", "b"]);
    expect(upper("c")).toBe("C");
    expect(upper("b")).toBe("B");
    expect(upper("a")).toBe("A");
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });
});
