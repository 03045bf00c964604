import { contentDay } from "~/platform/content/content-day";
import { db } from "~/platform/db/db.server";
import type { LoadedWebinar } from "./load-webinars.server";

/** Upserts webinars by slug (progress survives edits); those no longer in the files become inactive. */
export async function syncWebinars(webinars: LoadedWebinar[]): Promise<{ webinars: number; deactivated: number }> {
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
      await tx.webinar.upsert({ where: { slug: webinar.slug }, create: { slug: webinar.slug, ...fields }, update: fields });
    }
    const removed = await tx.webinar.updateMany({
      where: { active: true, slug: { notIn: webinars.map((webinar) => webinar.slug) } },
      data: { active: false },
    });
    return { webinars: webinars.length, deactivated: removed.count };
  });
}
