import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { mediaDir } from "~/features/server/env.server";
import { storedJsonReader } from "~/lib/stored-json";

/**
 * Where webinar media lives in the shared media folder (MEDIA_DIR, by default
 * DATA_DIR/media; every app process and machine must see the same folder):
 *
 *   uploads/            resumable uploads in progress and finished (tus)
 *   webinars/<id>/<v>/  one transcoded stream: master.m3u8, 360p/, 720p/, poster.jpg
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

/** Removes the webinar's older streams once a new one is recorded (players already on them may miss segments; they reload). */
export async function removeOtherStreams(webinarId: string, keep: StoredStream): Promise<void> {
  const folder = webinarMediaFolder(webinarId);
  const keepName = keep.folder.split("/")[1];
  const entries = await fs.readdir(folder).catch(() => [] as string[]);
  await Promise.all(entries.filter((name) => name !== keepName).map((name) => fs.rm(path.join(folder, name), { recursive: true, force: true })));
}
