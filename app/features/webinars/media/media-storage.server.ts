import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { mediaDir } from "~/platform/runtime/env.server";
import { storedJsonReader } from "~/platform/db/stored-json";

/**
 * Where webinar media lives in the shared media folder (MEDIA_DIR, by default
 * DATA_DIR/media; every app process and machine must see the same folder):
 *
 *   uploads/            resumable uploads in progress and finished (tus)
 *   webinars/<id>/<v>/  one transcoded stream: master.m3u8, 360p/, 720p/, poster.jpg
 *   webinars/<id>/captions/<lang>-<hash>.vtt  uploaded captions, as WebVTT
 *
 * The server publishes `webinars/` at STREAM_URL_BASE.
 */
export const uploadsFolder = path.join(mediaDir, "uploads");
const webinarsFolder = path.join(mediaDir, "webinars");
export const STREAM_URL_BASE = "/media/streams";

export function webinarMediaFolder(webinarId: string): string {
  if (!/^[\w-]+$/.test(webinarId)) throw new Error(`not a webinar id: ${webinarId}`);
  return path.join(webinarsFolder, webinarId);
}

/** A transcoded stream as recorded on the webinar: its folder under `webinars/` and its files. */
export const storedStreamSchema = z.object({
  folder: z.string().regex(/^[\w-]+\/[\w.-]+$/),
  master: z.string(),
  poster: z.string(),
});
export type StoredStream = z.infer<typeof storedStreamSchema>;
export const readStoredStream = storedJsonReader(storedStreamSchema);

export function streamUrl(stream: StoredStream, file: string): string {
  return `${STREAM_URL_BASE}/${stream.folder}/${file}`;
}

/** Where a file of a stream is on disk (e.g. "720p/index.m3u8"). */
export function streamFilePath(stream: StoredStream, file: string): string {
  return path.join(webinarsFolder, stream.folder, file);
}

const CAPTIONS_FOLDER = "captions";

/** Uploaded captions by language, as recorded on the webinar: paths under `webinars/`. */
export const captionFilesSchema = z.object({ zh: z.string().optional(), en: z.string().optional() });
export type CaptionFiles = z.infer<typeof captionFilesSchema>;
export const readCaptionFiles = storedJsonReader(captionFilesSchema);

/** Writes a WebVTT file for a webinar's captions (complete or not at all) and returns its path under `webinars/`. */
export async function writeCaptionFile(webinarId: string, language: "zh" | "en", vtt: string): Promise<string> {
  const folder = path.join(webinarMediaFolder(webinarId), CAPTIONS_FOLDER);
  await fs.mkdir(folder, { recursive: true });
  const name = `${language}-${crypto.createHash("sha256").update(vtt).digest("hex").slice(0, 12)}.vtt`;
  const partial = path.join(folder, `.${name}.partial`);
  await fs.writeFile(partial, vtt, "utf8");
  await fs.rename(partial, path.join(folder, name));
  return `${webinarId}/${CAPTIONS_FOLDER}/${name}`;
}

/** Removes a file under `webinars/` that no webinar refers to any more. */
export async function removeMediaFile(relativePath: string): Promise<void> {
  await fs.rm(path.join(webinarsFolder, relativePath), { force: true });
}

/** The URL of a file under `webinars/`. */
export function storedFileUrl(relativePath: string): string {
  return `${STREAM_URL_BASE}/${relativePath}`;
}

/** Removes the webinar's older streams once a new one is recorded (players already on them may miss segments; they reload). */
export async function removeOtherStreams(webinarId: string, keep: StoredStream): Promise<void> {
  const folder = webinarMediaFolder(webinarId);
  const keepName = keep.folder.split("/")[1];
  const entries = await fs.readdir(folder).catch(() => [] as string[]);
  await Promise.all(entries.filter((name) => name !== keepName && name !== CAPTIONS_FOLDER).map((name) => fs.rm(path.join(folder, name), { recursive: true, force: true })));
}
