import { spawn } from "node:child_process";

export type ToolRun = { code: number | null; stdout: string; stderr: string };

const KEEP_STDERR = 8_000;
/** The lowest CPU priority: a transcode takes what the site leaves, so pages keep answering while it runs. */
const BACKGROUND_PRIORITY = "19";
/** What `nice` exits with when it cannot run the tool (POSIX): a server set up wrong, never a bad video. */
const NOT_RUN = new Set([126, 127]);

/**
 * Runs ffmpeg or ffprobe (arguments as a list, never through a shell) and
 * resolves with its exit code and output; `onLine` sees each stdout line as it
 * comes (ffmpeg's `-progress pipe:1`). Only the end of stderr is kept: a long
 * transcode writes a lot of it. The tool runs at the lowest CPU priority, set
 * by `nice` before it starts, so every thread it makes has it too: on a small
 * server the web workers come first.
 */
export function runTool(command: "ffmpeg" | "ffprobe", args: string[], onLine?: (line: string) => void): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("nice", ["-n", BACKGROUND_PRIORITY, command, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let pending = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      if (!onLine) {
        stdout += chunk;
        return;
      }
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      lines.forEach(onLine);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr = (stderr + chunk).slice(-KEEP_STDERR);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code !== null && NOT_RUN.has(code)) reject(new Error(`${command} could not be run: ${stderr.trim()}`));
      else resolve({ code, stdout, stderr });
    });
  });
}
