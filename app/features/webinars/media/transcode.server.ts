import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { logger } from "~/platform/runtime/logger.server";
import { runTool } from "./ffmpeg.server";
import { webinarMediaFolder, type StoredStream } from "./media-storage.server";
import { probeVideo } from "./probe-video.server";
import { VideoRefused } from "./video-problems";

/**
 * The ladder: every phone decodes H.264 Main with AAC; the player steps between them.
 * Quality-based (CRF) with a cap on the rate: a talk over still slides costs a fraction of
 * the cap, a moving picture at most the cap.
 */
export const RENDITIONS = [
  { name: "360p", height: 360, maxRate: "750k", bufferSize: "1500k", audioBitrate: "96k" },
  { name: "720p", height: 720, maxRate: "2600k", bufferSize: "5200k", audioBitrate: "128k" },
] as const;
const QUALITY = "23";

/** A keyframe every this many seconds in every rendition, so segments line up and the player can switch at any boundary. */
export const KEYFRAME_SECONDS = 2;
/** Short segments: on a slow connection the first one arrives, and playback starts, sooner. */
const SEGMENT_SECONDS = 2;

export type TranscodeResult = StoredStream & { durationSeconds: number };

/**
 * Turns one video file into the adaptive HLS stream of a webinar: 360p and
 * 720p H.264/AAC renditions with keyframes aligned every 2 s, a master
 * playlist, a poster, and the duration. `onProgress` is called with the share
 * done (0–1) as ffmpeg reports it.
 *
 * The output is written into a fresh folder of the webinar in the shared media
 * folder and only appears there complete (renamed into place at the end): a
 * failed run leaves nothing behind. The caller records the result.
 *
 * Throws `VideoRefused` for a file that is not a usable video (not a video,
 * cut short, no picture) or when ffmpeg fails; the input file is left as it is.
 */
export async function transcodeWebinarVideo(input: {
  inputPath: string;
  webinarId: string;
  onProgress?: (share: number) => void | Promise<void>;
}): Promise<TranscodeResult> {
  await fs.access(input.inputPath).catch(() => {
    throw new VideoRefused("sourceMissing", input.inputPath);
  });
  const facts = await probeVideo(input.inputPath);
  const parent = webinarMediaFolder(input.webinarId);
  const version = `${Date.now().toString(36)}-${crypto.randomBytes(4).toString("hex")}`;
  const partial = path.join(parent, `${version}.partial`);
  await fs.mkdir(partial, { recursive: true });
  try {
    await encodeLadder(input.inputPath, partial, facts, input.onProgress);
    await grabPoster(input.inputPath, partial, facts.durationSeconds);
    await fs.rename(partial, path.join(parent, version));
  } catch (error) {
    await fs.rm(partial, { recursive: true, force: true });
    throw error;
  }
  await input.onProgress?.(1);
  return { folder: `${input.webinarId}/${version}`, master: "master.m3u8", poster: "poster.jpg", durationSeconds: Math.round(facts.durationSeconds * 1000) / 1000 };
}

function ladderArguments(inputPath: string, output: string, hasAudio: boolean): string[] {
  const split = `[0:v]split=${RENDITIONS.length}${RENDITIONS.map((_, index) => `[in${index}]`).join("")}`;
  const scales = RENDITIONS.map((rendition, index) => `[in${index}]scale=-2:${rendition.height},setsar=1[out${index}]`);
  const perRendition = RENDITIONS.flatMap((rendition, index) => [
    "-map",
    `[out${index}]`,
    ...(hasAudio ? ["-map", "0:a:0"] : []),
    `-maxrate:v:${index}`,
    rendition.maxRate,
    `-bufsize:v:${index}`,
    rendition.bufferSize,
    ...(hasAudio ? [`-b:a:${index}`, rendition.audioBitrate] : []),
  ]);
  const streamMap = RENDITIONS.map((rendition, index) => `v:${index}${hasAudio ? `,a:${index}` : ""},name:${rendition.name}`).join(" ");
  return [
    "-hide_banner",
    "-nostdin",
    "-y",
    "-i",
    inputPath,
    "-filter_complex",
    [split, ...scales].join(";"),
    ...perRendition,
    "-c:v",
    "libx264",
    "-preset",
    "veryfast",
    "-profile:v",
    "main",
    "-crf",
    QUALITY,
    "-pix_fmt",
    "yuv420p",
    "-force_key_frames",
    `expr:gte(t,n_forced*${KEYFRAME_SECONDS})`,
    "-sc_threshold",
    "0",
    ...(hasAudio ? ["-c:a", "aac", "-ac", "2", "-ar", "48000"] : []),
    "-f",
    "hls",
    "-hls_time",
    String(SEGMENT_SECONDS),
    "-hls_playlist_type",
    "vod",
    "-hls_flags",
    "independent_segments",
    "-hls_segment_filename",
    path.join(output, "%v", "segment-%04d.ts"),
    "-master_pl_name",
    "master.m3u8",
    "-var_stream_map",
    streamMap,
    "-progress",
    "pipe:1",
    "-nostats",
    path.join(output, "%v", "index.m3u8"),
  ];
}

async function encodeLadder(
  inputPath: string,
  output: string,
  facts: { durationSeconds: number; hasAudio: boolean },
  onProgress?: (share: number) => void | Promise<void>,
): Promise<void> {
  let encodedSeconds = 0;
  let reported = 0;
  const run = await runTool("ffmpeg", ladderArguments(inputPath, output, facts.hasAudio), (line) => {
    const match = /^out_time_us=(\d+)/.exec(line);
    if (!match) return;
    encodedSeconds = Number(match[1]) / 1_000_000;
    const share = Math.min(0.99, encodedSeconds / facts.durationSeconds);
    // A report for every whole percent at most: each one is a database write.
    if (share - reported >= 0.01) {
      reported = share;
      void Promise.resolve(onProgress?.(share)).catch((error: unknown) => logger.warn({ err: error }, "transcode progress not recorded"));
    }
  });
  if (run.code !== 0) {
    logger.warn({ inputPath, code: run.code, stderr: run.stderr.slice(-2_000) }, "ffmpeg could not transcode a webinar video");
    throw new VideoRefused(/Invalid data|corrupt|error while decoding|partial file/i.test(run.stderr) ? "truncated" : "transcodeFailed", run.stderr);
  }
  // A file cut short after its index (e.g. an MP4 written with the index first) decodes to its end without error.
  if (encodedSeconds < facts.durationSeconds * 0.9 - 1) throw new VideoRefused("truncated", `encoded ${encodedSeconds}s of ${facts.durationSeconds}s`);
}

async function grabPoster(inputPath: string, output: string, durationSeconds: number): Promise<void> {
  const at = Math.min(durationSeconds * 0.1, 10);
  const run = await runTool("ffmpeg", ["-hide_banner", "-nostdin", "-y", "-ss", at.toFixed(2), "-i", inputPath, "-frames:v", "1", "-vf", "scale=-2:720", "-q:v", "3", path.join(output, "poster.jpg")]);
  if (run.code !== 0) throw new VideoRefused("transcodeFailed", run.stderr);
}
