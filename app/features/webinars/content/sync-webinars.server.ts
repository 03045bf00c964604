import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { contentDay } from "~/platform/content/content-day";
import { db } from "~/platform/db/db.server";
import { enqueueWebinarTranscode } from "../media/transcode-job.server";
import type { LoadedWebinar } from "./load-webinars.server";

/** A short fingerprint of a webinar's video file: a changed video is transcoded again, an unchanged one never twice. */
function videoFingerprint(file: string): string {
  return crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex").slice(0, 20);
}

/**
 * Upserts webinars by slug (progress survives edits); those no longer in the
 * files become inactive. Each video whose transcode to HLS has not been
 * queued yet is queued (the job runner of the server makes the stream).
 */
export async function syncWebinars(webinars: LoadedWebinar[]): Promise<{ webinars: number; deactivated: number }> {
  const videos = new Map(webinars.map((webinar) => [webinar.slug, path.resolve(webinar.folder, webinar.media.video)]));
  const fingerprints = new Map([...videos].map(([slug, file]) => [slug, videoFingerprint(file)]));
  return db.$transaction(async (tx) => {
    for (const [position, webinar] of webinars.entries()) {
      const fields = {
        titleZh: webinar.title.zh,
        titleEn: webinar.title.en,
        descriptionZh: webinar.description.zh,
        descriptionEn: webinar.description.en,
        speakers: JSON.stringify(webinar.speakers),
        recordedOn: contentDay(webinar.recordedOn),
        durationSeconds: webinar.durationSeconds,
        category: webinar.category,
        requiredShare: webinar.requiredShare,
        passMark: webinar.passMark,
        media: JSON.stringify(webinar.media),
        checkpoints: JSON.stringify(webinar.checkpoints),
        finalQuiz: JSON.stringify(webinar.finalQuiz),
        sources: JSON.stringify(webinar.sources),
        reviewedOn: contentDay(webinar.reviewed),
        position,
        active: true,
      };
      const row = await tx.webinar.upsert({ where: { slug: webinar.slug }, create: { slug: webinar.slug, ...fields }, update: fields, select: { id: true } });
      await enqueueWebinarTranscode(
        tx,
        { webinarId: row.id, sourcePath: videos.get(webinar.slug)!, removeSource: false },
        { dedupeKey: `webinar-video:${row.id}:${fingerprints.get(webinar.slug)}` },
      );
    }
    const removed = await tx.webinar.updateMany({
      where: { origin: "files", active: true, slug: { notIn: webinars.map((webinar) => webinar.slug) } },
      data: { active: false },
    });
    return { webinars: webinars.length, deactivated: removed.count };
  });
}
