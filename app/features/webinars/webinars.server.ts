import { z } from "zod";
import type { Language } from "~/platform/i18n/languages";
import { readStoredQuiz } from "~/features/quiz/stored-quiz";
import { db } from "~/platform/db/db.server";
import { localized } from "~/platform/i18n/localized";
import { storedJsonReader } from "~/platform/db/stored-json";
import { webinarSchema } from "./content/schema";
import { readCaptionFiles, readStoredStream, storedFileUrl, streamUrl } from "./media/media-storage.server";
import { notFound } from "~/platform/http/responses";

const readMedia = storedJsonReader(webinarSchema.shape.media.partial());
const readCheckpoints = storedJsonReader(webinarSchema.shape.checkpoints);
// An uploaded webinar may name no speaker.
export const readSpeakers = storedJsonReader(z.array(webinarSchema.shape.speakers.element));

/** Shown to learners: still in its folder (file-based) and published by the trainers. */
const inCatalog = { active: true, published: true } as const;

/** A webinar in the catalog with what its player needs in `language`, or a 404. */
export async function requireWebinar(slug: string | undefined, language: Language) {
  const row = slug ? await db.webinar.findFirst({ where: { slug, ...inCatalog } }) : null;
  if (!row) throw notFound();
  return {
    ...row,
    playback: playbackOf(row, language),
    checkpointList: readCheckpoints(row.checkpoints),
    speakerList: readSpeakers(row.speakers),
    /** An uploaded webinar has no final quiz until its trainer writes one. */
    quiz: row.finalQuiz ? readStoredQuiz(row.finalQuiz) : null,
  };
}

export type WebinarRecord = Awaited<ReturnType<typeof requireWebinar>>;

/** A webinar in the catalog as a learner's progress on it needs it (its id and length), or a 404. */
export async function requireWebinarForProgress(slug: string | undefined): Promise<Pick<WebinarRecord, "id" | "durationSeconds">> {
  const row = slug ? await db.webinar.findFirst({ where: { slug, ...inCatalog }, select: { id: true, durationSeconds: true } }) : null;
  if (!row) throw notFound();
  return row;
}

/** Media files are served by the production server from /media/webinars/{slug}/{file}. */
export function mediaUrl(slug: string, file: string): string {
  return `/media/webinars/${slug}/${file}`;
}

export type Playback = {
  video: { src: string; type: string };
  poster: string | null;
  captions: { zh?: string; en?: string };
  chapters: string | null;
};

/**
 * What the player loads, the same way for every webinar: the adaptive HLS
 * stream once the video has been transcoded; until then (a file-based webinar
 * whose transcode has not run yet) the file in its folder.
 */
export function playbackOf(row: { slug: string; media: string; stream: string | null; captionFiles: string; chapterList: string }, language: Language): Playback {
  const files = readMedia(row.media);
  const stream = row.stream ? readStoredStream(row.stream) : null;
  const file = (name: string | undefined) => (name ? mediaUrl(row.slug, name) : null);
  const uploaded = readCaptionFiles(row.captionFiles);
  const captionUrl = (language: "zh" | "en") => {
    const stored = uploaded[language];
    return stored ? storedFileUrl(stored) : (file(files.captions?.[language]) ?? undefined);
  };
  const captions = { zh: captionUrl("zh"), en: captionUrl("en") };
  return {
    video: stream
      ? { src: streamUrl(stream, stream.master), type: "application/x-mpegURL" }
      : { src: file(files.video) ?? "", type: files.video?.endsWith(".mp4") ? "video/mp4" : "video/webm" },
    poster: stream ? streamUrl(stream, stream.poster) : file(files.poster),
    captions,
    chapters: row.chapterList !== "[]" ? `/${language}/webinars/${row.slug}/chapters.vtt` : file(files.chapters),
  };
}

export async function listWebinars(language: Language, userId: string | null) {
  const rows = await db.webinar.findMany({ where: inCatalog, orderBy: { position: "asc" } });
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
      poster: playbackOf(row, language).poster,
      watchedShare: mine && row.durationSeconds > 0 ? mine.watchedSeconds / row.durationSeconds : null,
      completed: Boolean(mine?.completedAt),
    };
  });
}

/** A webinar in the catalog that has a final quiz, or a 404. */
export async function requireWebinarWithQuiz(slug: string | undefined, language: Language) {
  const webinar = await requireWebinar(slug, language);
  const quiz = webinar.quiz;
  if (!quiz) throw notFound();
  return { ...webinar, quiz };
}
