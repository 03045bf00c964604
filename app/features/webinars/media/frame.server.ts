import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { streamFilePath, type StoredStream } from "./media-storage.server";

const run = promisify(execFile);

/** Width of a preview frame: enough to recognise a slide, small enough to send at once. */
const FRAME_WIDTH = 480;
/** A frame from a few seconds of HLS takes well under a second; anything longer is stuck. */
const FRAME_TIMEOUT_MS = 15_000;

/** One frame at a time per process: a trainer scrubbing through a time field must not start a crowd of ffmpeg runs. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * The picture of a transcoded stream at `seconds` (a JPEG, 480 px wide), taken
 * by ffmpeg from the 720p rendition with an exact seek, so the frame shown is
 * the one at that second. Null when ffmpeg finds no picture there.
 */
export function streamFrameAt(stream: StoredStream, seconds: number): Promise<Buffer | null> {
  const playlist = streamFilePath(stream, "720p/index.m3u8");
  const grab = async () => {
    try {
      const { stdout } = await run(
        "ffmpeg",
        ["-hide_banner", "-nostdin", "-v", "error", "-ss", String(seconds), "-i", playlist, "-frames:v", "1", "-vf", `scale=${FRAME_WIDTH}:-2`, "-q:v", "4", "-f", "image2", "-c:v", "mjpeg", "pipe:1"],
        { encoding: "buffer", timeout: FRAME_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024 },
      );
      return stdout.length > 0 ? stdout : null;
    } catch {
      return null;
    }
  };
  const next = queue.then(grab, grab);
  queue = next;
  return next;
}
