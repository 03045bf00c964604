import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { defineJob } from "~/platform/jobs/define-job.server";
import { enqueueJobOnce } from "~/platform/jobs/enqueue.server";
import { db } from "~/platform/db/db.server";
import { logger } from "~/platform/runtime/logger.server";
import { uploadsFolder } from "../media/media-storage.server";

/** An upload that has received no byte for this long, and is not complete, is abandoned. */
export const ABANDONED_AFTER_MS = 24 * 3600_000;
/** How often the clean-up runs. */
const CLEANUP_EVERY_MS = 3600_000;

// What tus (@tus/file-store) keeps next to each upload `<id>`: `<id>.json` with the declared size.
const uploadInfo = z.object({ size: z.number().optional(), creation_date: z.string().optional() });

export type RemovedUpload = { id: string; receivedBytes: number; declaredBytes: number | null; idleHours: number };

/**
 * Removes the resumable uploads in `folder` that were never completed and
 * have received nothing for `maxIdleMs` (the data file's last write, or its
 * creation when no byte came): the partial file and its tus metadata. A
 * complete upload is left alone (its transcode job uses and removes it).
 * Returns what was removed.
 */
export async function removeAbandonedUploads(now: Date, folder = uploadsFolder, maxIdleMs = ABANDONED_AFTER_MS): Promise<RemovedUpload[]> {
  const names = await fs.readdir(folder).catch(() => [] as string[]);
  const removed: RemovedUpload[] = [];
  for (const name of names.filter((entry) => entry.endsWith(".json"))) {
    const id = name.slice(0, -".json".length);
    const [infoPath, dataPath] = [path.join(folder, name), path.join(folder, id)];
    const info = uploadInfo.safeParse(JSON.parse(await fs.readFile(infoPath, "utf8").catch(() => "{}")));
    const declaredBytes = info.success && info.data.size !== undefined ? info.data.size : null;
    const data = await fs.stat(dataPath).catch(() => null);
    const metadata = await fs.stat(infoPath).catch(() => null);
    if (!metadata) continue;
    if (data && declaredBytes !== null && data.size === declaredBytes) continue;
    const lastActivity = Math.max(data?.mtimeMs ?? 0, metadata.mtimeMs);
    if (now.getTime() - lastActivity < maxIdleMs) continue;
    await fs.rm(dataPath, { force: true });
    await fs.rm(infoPath, { force: true });
    removed.push({ id, receivedBytes: data?.size ?? 0, declaredBytes, idleHours: Math.floor((now.getTime() - lastActivity) / 3600_000) });
  }
  return removed;
}

/** The hourly job: removes abandoned uploads, logs each, and queues its next run (once, whatever the number of workers). */
export const abandonedUploadsJob = defineJob("webinar.uploadCleanup", z.object({}), async (_payload, { now }) => {
  const removed = await removeAbandonedUploads(now);
  for (const upload of removed) logger.info({ upload }, "removed an abandoned video upload");
  await scheduleUploadCleanup(new Date(now.getTime() + CLEANUP_EVERY_MS));
});

/** Queues the clean-up for the hour `at` falls in, unless it is queued already; the runner calls it when it starts. */
export async function scheduleUploadCleanup(at: Date): Promise<void> {
  const hour = new Date(Math.floor(at.getTime() / CLEANUP_EVERY_MS) * CLEANUP_EVERY_MS);
  await db.$transaction((tx) => enqueueJobOnce(tx, abandonedUploadsJob, {}, { runAt: at, dedupeKey: `webinar-upload-cleanup:${hour.toISOString()}` }));
}
