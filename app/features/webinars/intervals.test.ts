import { describe, expect, it } from "vitest";
import { addReport, mergeIntervals, totalSeconds, uncoveredParts } from "./intervals";

const options = { duration: 100, allowance: 25 };

describe("watched intervals", () => {
  it("merges overlapping and touching intervals and clips them to the video", () => {
    expect(mergeIntervals([[10, 20], [0, 5], [15, 30], [30.1, 40], [95, 130], [-5, 1]], 100)).toEqual([
      [0, 5],
      [10, 40],
      [95, 100],
    ]);
  });

  it("counts a part watched twice, or at 2x, once", () => {
    const first = addReport([], [[0, 10]], options);
    expect(first).toMatchObject({ added: 10 });
    expect(addReport(first.merged, [[0, 10]], options)).toMatchObject({ added: 0 });
    expect(addReport([], [[0, 20]], options)).toMatchObject({ added: 20 });
  });

  it("gives nothing for seeking to the end", () => {
    // After a seek the browser reports only the few seconds that actually played near the end.
    expect(totalSeconds(addReport([[0, 5]], [[0, 5], [98, 100]], options).merged)).toBe(7);
  });

  it("accepts reports out of order and clips forged intervals beyond the duration", () => {
    expect(addReport([[40, 50]], [[10, 20]], options).merged).toEqual([
      [10, 20],
      [40, 50],
    ]);
    expect(addReport([[95, 99]], [[99, 5000]], options).merged).toEqual([[95, 100]]);
  });

  it("counts no more new seconds than allowed, the earliest first, and the rest when more is allowed", () => {
    const first = addReport([[0, 10]], [[0, 100]], options);
    expect(first).toEqual({ merged: [[0, 35]], added: 25, claimed: 90 });
    const gaps = addReport([[10, 20]], [[0, 15], [18, 40], [60, 70]], { duration: 100, allowance: 25 });
    expect(gaps.merged).toEqual([[0, 35]]);
    expect(gaps.added).toBe(25);
    expect(addReport(first.merged, [[0, 100]], { duration: 100, allowance: 65 }).merged).toEqual([[0, 100]]);
    expect(addReport([], [[0, 100]], { duration: 100, allowance: 0 }).added).toBe(0);
  });

  it("finds the parts of intervals not yet covered", () => {
    expect(uncoveredParts([[0, 50]], [[5, 10], [20, 30], [45, 60]])).toEqual([
      [0, 5],
      [10, 20],
      [30, 45],
    ]);
    expect(uncoveredParts([[0, 10]], [])).toEqual([[0, 10]]);
  });
});
