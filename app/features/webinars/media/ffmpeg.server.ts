import { spawn } from "node:child_process";
import { setPriority } from "node:os";

export type ToolRun = { code: number | null; stdout: string; stderr: string };

const KEEP_STDERR = 8_000;
/** The lowest CPU priority: a transcode takes what the site leaves, so pages keep answering while it runs. */
const BACKGROUND_PRIORITY = 19;

function lowerPriority(pid: number | undefined): void {
  if (pid === undefined) return; // not started: the "error" event tells why
  try {
    setPriority(pid, BACKGROUND_PRIORITY);
  } catch (error) {
    // Already ended: nothing left to lower.
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

/**
 * Runs ffmpeg or ffprobe (arguments as a list, never through a shell) and
 * resolves with its exit code and output; `onLine` sees each stdout line as it
 * comes (ffmpeg's `-progress pipe:1`). Only the end of stderr is kept: a long
 * transcode writes a lot of it. The tool runs at the lowest CPU priority: on
 * a small server the web workers come first.
 */
export function runTool(command: "ffmpeg" | "ffprobe", args: string[], onLine?: (line: string) => void): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    lowerPriority(child.pid);
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
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
