import fs from "node:fs";
import { getPriority } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runTool } from "./ffmpeg.server";

/** Field `index` (1-based, as in proc(5)) of a /proc stat line; the command name in brackets may hold spaces. */
function statField(stat: string, index: number): number {
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[index - 3]);
}

/** The nice value of every thread of this process's children whose command line holds `marker`, read from /proc (proc(5)). */
function childThreadsNice(marker: string): number[] {
  const values: number[] = [];
  for (const pid of fs.readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(marker)) continue;
      if (statField(fs.readFileSync(`/proc/${pid}/stat`, "utf8"), 4) !== process.pid) continue;
      for (const thread of fs.readdirSync(`/proc/${pid}/task`)) values.push(statField(fs.readFileSync(`/proc/${pid}/task/${thread}/stat`, "utf8"), 19));
    } catch {
      // ended meanwhile
    }
  }
  return values;
}

const originalPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = originalPath;
});

describe("runTool", () => {
  it("runs ffmpeg, every thread of it, at the lowest CPU priority, so a transcode leaves the processor to the site", async () => {
    // Two seconds of a test picture encoded in real time (x264 makes threads), with its progress on stdout; the size marks this run.
    const marker = "testsrc=duration=2:size=66x38:rate=10";
    const ours = getPriority();
    const seen: number[] = [];
    const run = await runTool("ffmpeg", ["-hide_banner", "-nostdin", "-re", "-f", "lavfi", "-i", marker, "-c:v", "libx264", "-progress", "pipe:1", "-f", "null", "-"], () => {
      seen.push(...childThreadsNice(marker));
    });
    expect(run.code).toBe(0);
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen)).toEqual(new Set([19]));
    expect(getPriority()).toBe(ours);
  });

  it("a tool missing on the server is an error (the job is tried again), never an answer about the video", async () => {
    const onlyNice = fs.mkdtempSync(path.join(fs.realpathSync("/tmp"), "only-nice-"));
    fs.symlinkSync("/usr/bin/nice", path.join(onlyNice, "nice"));
    process.env.PATH = onlyNice;
    await expect(runTool("ffprobe", ["-version"])).rejects.toThrow(/ffprobe could not be run/);
    fs.rmSync(onlyNice, { recursive: true });
  });
});
