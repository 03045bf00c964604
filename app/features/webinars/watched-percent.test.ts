import { describe, expect, it } from "vitest";
import { watchedPercent } from "./watched-percent";

describe("watchedPercent", () => {
  it("shows every whole percent watched as itself, never one under", () => {
    for (let percent = 0; percent <= 100; percent++) expect(watchedPercent(percent / 100)).toBe(percent);
    // 0.29 * 100 is 28.999… in floating point.
    expect(Math.floor(0.29 * 100)).toBe(28);
    expect(watchedPercent(0.29)).toBe(29);
  });

  it("rounds a share between two percents down", () => {
    expect(watchedPercent(0.2999)).toBe(29);
    expect(watchedPercent(1 / 3)).toBe(33);
    expect(watchedPercent(0.899999)).toBe(89);
  });
});
