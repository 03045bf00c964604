import fs from "node:fs/promises";
import { z } from "zod";
import { runTool } from "./ffmpeg.server";
import { VideoRefused } from "./video-problems";

const probeSchema = z.object({
  streams: z.array(z.object({ codec_type: z.string(), width: z.number().optional(), height: z.number().optional() })).default([]),
  format: z.object({ duration: z.coerce.number().optional(), format_name: z.string().optional() }).optional(),
});

export type VideoFacts = { durationSeconds: number; hasAudio: boolean; width: number; height: number };

/**
 * What ffprobe reads in a file: its duration, picture size and whether it has
 * sound. A file ffprobe cannot read, or without a picture, is refused with the
 * reason in plain words (see video-problems.ts).
 */
export async function probeVideo(inputPath: string): Promise<VideoFacts> {
  const run = await runTool("ffprobe", ["-v", "error", "-show_entries", "format=duration,format_name:stream=codec_type,width,height", "-of", "json", inputPath]);
  if (run.code !== 0) throw new VideoRefused((await startsLikeVideo(inputPath)) ? "truncated" : "notVideo", run.stderr);
  const parsed = probeSchema.safeParse(JSON.parse(run.stdout || "{}"));
  if (!parsed.success) throw new VideoRefused("notVideo", run.stdout);
  const video = parsed.data.streams.find((stream) => stream.codec_type === "video" && stream.width && stream.height);
  // Pictures (a renamed JPEG, a GIF) are "video" to ffprobe with a single frame and no duration worth playing.
  const durationSeconds = parsed.data.format?.duration ?? 0;
  const imageOnly = /image2|_pipe|gif|png|jpeg/.test(parsed.data.format?.format_name ?? "");
  if (!video || imageOnly) throw new VideoRefused("noPicture", run.stdout);
  if (!(durationSeconds >= 1)) throw new VideoRefused("tooShort", run.stdout);
  return {
    durationSeconds,
    hasAudio: parsed.data.streams.some((stream) => stream.codec_type === "audio"),
    width: video.width ?? 0,
    height: video.height ?? 0,
  };
}

/**
 * Whether a file begins like a video container (MP4/MOV `ftyp`, WebM/Matroska
 * EBML): one that does but cannot be read is damaged or cut short, not some
 * other kind of file renamed.
 */
async function startsLikeVideo(inputPath: string): Promise<boolean> {
  const file = await fs.open(inputPath, "r");
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(12), 0, 12, 0);
    const head = buffer.subarray(0, bytesRead);
    return head.subarray(4, 8).toString("latin1") === "ftyp" || head.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]));
  } finally {
    await file.close();
  }
}
