import { describe, expect, it } from "vitest";
import { earnedAllowance, MAX_ALLOWANCE_SECONDS, START_ALLOWANCE_SECONDS } from "./watch-allowance";

const at = (seconds: number) => new Date(Date.UTC(2026, 10, 29, 12, 0, seconds));

describe("the watching allowance", () => {
  it("grows at twice the time since the last report only while the player said it was playing", () => {
    expect(earnedAllowance({ watchAllowance: 0, playingReportAt: at(0) }, at(10))).toBe(20);
    expect(earnedAllowance({ watchAllowance: 3, playingReportAt: at(0) }, at(10))).toBe(23);
    // Paused, or never started: waiting earns nothing.
    expect(earnedAllowance({ watchAllowance: START_ALLOWANCE_SECONDS, playingReportAt: null }, at(50))).toBe(START_ALLOWANCE_SECONDS);
  });

  it("counts a long silence as at most one minute of playing", () => {
    expect(earnedAllowance({ watchAllowance: 0, playingReportAt: at(0) }, new Date(at(0).getTime() + 3_600_000))).toBe(120);
    expect(earnedAllowance({ watchAllowance: 100, playingReportAt: at(0) }, at(59))).toBe(MAX_ALLOWANCE_SECONDS);
  });

  it("never grows backwards in time", () => {
    expect(earnedAllowance({ watchAllowance: 4, playingReportAt: at(10) }, at(5))).toBe(4);
  });
});
