import { describe, expect, it } from "vitest";
import { coveredSeconds, median, retention, retentionStep, share, shareHistogram } from "./stats";

describe("report statistics", () => {
  it("takes the median of odd and even counts, and none of nothing", () => {
    expect(median([9, 2, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(share(1, 4)).toBe(0.25);
    expect(share(0, 0)).toBeNull();
  });

  it("puts shares into ten buckets, with exactly 100% (or a rounding above) in the last", () => {
    const counts = shareHistogram([0, 0.0999, 0.1, 0.35, 0.9, 0.95, 1, 1.0004, -0.01]).map((bucket) => bucket.count);
    expect(counts).toEqual([3, 1, 0, 1, 0, 0, 0, 0, 0, 4]);
    expect(shareHistogram([])[9]).toEqual({ from: 0.9, to: 1, count: 0 });
  });

  it("measures how much of a slot overlapping intervals cover, counting overlaps once", () => {
    expect(coveredSeconds([[0, 10], [5, 15], [30, 40]], 0, 60)).toBe(25);
    expect(coveredSeconds([[0, 10]], 10, 20)).toBe(0);
  });

  it("counts a viewer in a slot when they watched at least half of it (29 of 60 seconds is not enough)", () => {
    const points = retention([[[0, 60]], [[0, 29]], [[0, 30], [150, 171]]], 171, 60);
    expect(points.map((point) => [point.from, point.to, point.viewers])).toEqual([
      [0, 60, 2],
      [60, 120, 0],
      [120, 171, 0],
    ]);
    // The short last slot (120–171, 51 s) needs 25.5 s: 21 s is not enough.
    expect(retention([[[120, 171]]], 171, 60)[2]?.share).toBe(1);
    expect(retention([], 100, 10)[0]?.share).toBeNull();
  });

  it("uses minutes for long videos and shorter slots for short ones", () => {
    expect(retentionStep(45 * 60)).toBe(60);
    expect(retentionStep(12 * 60)).toBe(60);
    expect(retentionStep(171)).toBe(10);
    expect(retentionStep(100)).toBe(5);
  });
});
