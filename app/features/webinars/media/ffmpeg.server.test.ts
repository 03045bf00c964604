import fs from "node:fs";
import { getPriority } from "node:os";
import { describe, expect, it } from "vitest";
import { runTool } from "./ffmpeg.server";

/** The ids of running processes whose command line holds `marker`, read from /proc (not from our code). */
function processesWith(marker: string): number[] {
  return fs
    .readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(marker);
      } catch {
        return false; // ended meanwhile
      }
    })
    .map(Number);
}

describe("runTool", () => {
  it("runs ffmpeg at the lowest CPU priority, so a transcode leaves the processor to the site", async () => {
    // Two seconds of a test picture in real time, with its progress on stdout; the size is this test's mark.
    const marker = "testsrc=duration=2:size=66x38:rate=10";
    const priorities: number[] = [];
    const run = await runTool("ffmpeg", ["-hide_banner", "-re", "-f", "lavfi", "-i", marker, "-progress", "pipe:1", "-f", "null", "-"], () => {
      for (const pid of processesWith(marker)) priorities.push(getPriority(pid));
    });
    expect(run.code).toBe(0);
    expect(priorities.length).toBeGreaterThan(0);
    expect(new Set(priorities)).toEqual(new Set([19]));
    expect(getPriority()).toBe(0);
  });
});
