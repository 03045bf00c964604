import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * A short MP4 (H.264 + AAC, a moving test picture and a tone) made by ffmpeg,
 * in a fresh temporary folder; `lossless` makes it a few megabytes (several upload chunks).
 */
export function makeTestVideo(options: { seconds?: number; width?: number; height?: number; name?: string; lossless?: boolean } = {}): string {
  const { seconds = 4, width = 640, height = 360, name = "talk.mp4", lossless = false } = options;
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "video-")), name);
  execFileSync("ffmpeg", [
    "-v", "error", "-y",
    "-f", "lavfi", "-i", `testsrc2=size=${width}x${height}:rate=25`,
    "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
    "-t", String(seconds),
    "-c:v", "libx264", "-preset", "ultrafast", ...(lossless ? ["-qp", "0"] : []), "-pix_fmt", "yuv420p",
    "-c:a", "aac",
    file,
  ]);
  return file;
}

/** The first `share` of a file, as a dropped download or copy leaves it. */
export function truncatedCopy(file: string, share: number): string {
  const bytes = fs.readFileSync(file);
  const copy = path.join(path.dirname(file), `cut-${path.basename(file)}`);
  fs.writeFileSync(copy, bytes.subarray(0, Math.floor(bytes.length * share)));
  return copy;
}

/** A text file given a video's name. */
export function renamedTextFile(name = "notes.mp4"): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "video-")), name);
  fs.writeFileSync(file, "Meeting notes, not a video.\n".repeat(50));
  return file;
}
