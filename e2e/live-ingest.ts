// The live-webinar ingest for the end-to-end tests: nginx with the RTMP
// module, started by the repository's own script in a folder of its own, and
// an ffmpeg-made stream (test picture and a tone) pushed to it like OBS would.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";

const ingestUrl = () => new URL(process.env.LIVE_INGEST_URL!.replace(/^rtmp:/, "http:"));
const playbackUrl = () => new URL(process.env.LIVE_PLAYBACK_URL!);

export type Ingest = { dir: string; stop(): Promise<void> };

/** Starts scripts/live-ingest.sh for the app under test and waits until its HTTP side answers. */
export async function startIngest(appUrl: string): Promise<Ingest> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "live-ingest-"));
  const child = spawn("bash", ["scripts/live-ingest.sh", dir], {
    env: {
      ...process.env,
      LIVE_RTMP_PORT: ingestUrl().port,
      LIVE_HLS_PORT: playbackUrl().port,
      APP_URL: appUrl.replace("localhost", "127.0.0.1"),
      LIVE_INGEST_SECRET: process.env.LIVE_INGEST_SECRET!,
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await expect
    .poll(async () => (await fetch(`${playbackUrl().origin}/`).catch(() => null))?.status ?? 0, { message: "the ingest's HTTP side answers", timeout: 15_000 })
    .toBe(404);
  return {
    dir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGQUIT");
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type TestStream = { process: ChildProcess; exitCode: Promise<number | null>; stop(): Promise<void> };

/** Pushes a test picture with a 440 Hz tone over RTMP with a stream key, in real time, for up to `seconds`. */
export function pushTestStream(streamKey: string, seconds = 120): TestStream {
  const target = `rtmp://127.0.0.1:${ingestUrl().port}/live/${streamKey}`;
  const child = spawn(
    "ffmpeg",
    [
      ...["-hide_banner", "-loglevel", "error", "-re"],
      ...["-f", "lavfi", "-i", "testsrc=size=426x240:rate=25"],
      ...["-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100"],
      ...["-t", String(seconds)],
      ...["-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-pix_fmt", "yuv420p", "-g", "50"],
      ...["-c:a", "aac", "-b:a", "64k", "-f", "flv", target],
    ],
    { stdio: ["pipe", "ignore", "ignore"] },
  );
  const exitCode = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    process: child,
    exitCode,
    stop: async () => {
      // "q" ends ffmpeg cleanly: the RTMP session closes as when a host stops streaming.
      if (child.exitCode === null) child.stdin?.end("q");
      await exitCode;
    },
  };
}
