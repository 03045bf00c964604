import { describe, expect, it } from "vitest";
import { addReport, mergeIntervals, totalSeconds } from "./intervals";

const options = { duration: 100, secondsSinceLastReport: 10, maxRate: 2, slackSeconds: 5 };

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
    expect(first).toMatchObject({ ok: true, added: 10 });
    const again = addReport(first.ok ? first.merged : [], [[0, 10]], options);
    expect(again).toMatchObject({ ok: true, added: 0 });
    const fast = addReport([], [[0, 20]], { ...options, secondsSinceLastReport: 10 });
    expect(fast).toMatchObject({ ok: true, added: 20 });
  });

  it("gives nothing for seeking to the end", () => {
    // After a seek the browser reports only the few seconds that actually played near the end.
    const result = addReport([[0, 5]], [[0, 5], [98, 100]], options);
    expect(result.ok && totalSeconds(result.merged)).toBe(7);
  });

  it("accepts reports out of order and clips forged intervals beyond the duration", () => {
    const late = addReport([[40, 50]], [[10, 20]], options);
    expect(late.ok && late.merged).toEqual([
      [10, 20],
      [40, 50],
    ]);
    const beyond = addReport([[95, 99]], [[99, 5000]], options);
    expect(beyond.ok && beyond.merged).toEqual([[95, 100]]);
  });

  it("refuses a report claiming more than could have been watched", () => {
    expect(addReport([], [[0, 100]], options)).toEqual({ ok: false, reason: "implausible" });
    expect(addReport([], [[0, 100]], { ...options, secondsSinceLastReport: 50 })).toMatchObject({ ok: true, added: 100 });
  });
});
