import type { Language } from "~/platform/i18n/languages";
import { readStoredQuiz } from "~/features/quiz/stored-quiz";
import { db } from "~/platform/db/db.server";
import { localized } from "~/platform/i18n/localized";
import { storedJsonReader } from "~/platform/db/stored-json";
import { webinarSchema } from "./content/schema";
import { notFound } from "~/platform/http/responses";

const readMedia = storedJsonReader(webinarSchema.shape.media);
const readCheckpoints = storedJsonReader(webinarSchema.shape.checkpoints);
const readSpeakers = storedJsonReader(webinarSchema.shape.speakers);

export async function requireWebinar(slug: string | undefined) {
  const row = slug ? await db.webinar.findFirst({ where: { slug, active: true } }) : null;
  if (!row) throw notFound();
  return {
    ...row,
    mediaFiles: readMedia(row.media),
    checkpointList: readCheckpoints(row.checkpoints),
    speakerList: readSpeakers(row.speakers),
    quiz: readStoredQuiz(row.finalQuiz),
  };
}

export type WebinarRecord = Awaited<ReturnType<typeof requireWebinar>>;

/** Media files are served by the production server from /media/webinars/{slug}/{file}. */
export function mediaUrl(slug: string, file: string): string {
  return `/media/webinars/${slug}/${file}`;
}

export async function listWebinars(language: Language, userId: string | null) {
  const rows = await db.webinar.findMany({ where: { active: true }, orderBy: { position: "asc" } });
  const progress = userId ? await db.webinarProgress.findMany({ where: { userId } }) : [];
  const byWebinar = new Map(progress.map((row) => [row.webinarId, row]));
  return rows.map((row) => {
    const mine = byWebinar.get(row.id);
    return {
      slug: row.slug,
      title: localized(row, "title", language),
      description: localized(row, "description", language),
      category: row.category,
      durationSeconds: row.durationSeconds,
      recordedOn: row.recordedOn,
      poster: mediaUrl(row.slug, readMedia(row.media).poster),
      watchedShare: mine ? mine.watchedSeconds / row.durationSeconds : null,
      completed: Boolean(mine?.completedAt),
    };
  });
}
