import { z } from "zod";
import { recordAudit } from "~/platform/audit/audit-log.server";
import { questionSchema, type QuizQuestion } from "~/features/quiz/content-schema";
import { readStoredQuiz } from "~/features/quiz/stored-quiz";
import { storedJsonReader } from "~/platform/db/stored-json";
import type { PublicUser } from "~/features/auth/user.server";
import type { Language } from "~/platform/i18n/languages";
import { db, type Tx } from "~/platform/db/db.server";
import { localized } from "~/platform/i18n/localized";
import { readCaptionFiles, readStoredStream, removeMediaFile, writeCaptionFile } from "../media/media-storage.server";
import { enqueueWebinarTranscode, latestTranscode, TRANSCODE_TARGET } from "../media/transcode-job.server";
import type { Chapter } from "../chapters";
import type { WebinarFormValues } from "./webinar-form-schema";
import type { Speaker } from "./parse-speakers-form";
import { readSpeakers } from "../webinars.server";
import { conflict, notFound } from "~/platform/http/responses";

/** A webinar as the trainer's pages show it, with its latest transcode. */
export async function requireManagedWebinar(id: string | undefined) {
  const row = id ? await db.webinar.findUnique({ where: { id } }) : null;
  if (!row || (row.origin === "files" && !row.active)) throw notFound();
  return { ...row, streamReady: row.stream !== null, transcode: await latestTranscode(row.id) };
}
export type ManagedWebinar = Awaited<ReturnType<typeof requireManagedWebinar>>;

/** Every webinar a trainer manages: those from the webinars/ folder and the uploaded ones, newest first. */
export async function listManagedWebinars(language: Language) {
  const rows = await db.webinar.findMany({
    where: { OR: [{ origin: "files", active: true }, { origin: "upload" }] },
    orderBy: [{ recordedOn: "desc" }, { slug: "asc" }],
  });
  const jobs = await db.job.findMany({
    where: { kind: "webinar.transcode", targetType: TRANSCODE_TARGET, targetId: { in: rows.map((row) => row.id) }, state: { in: ["pending", "running", "retrying", "failed"] } },
    orderBy: { createdAt: "asc" },
    select: { targetId: true, state: true },
  });
  const openJob = new Map(jobs.map((job) => [job.targetId, job.state]));
  return rows.map((row) => ({
    id: row.id,
    slug: row.slug,
    title: localized(row, "title", language),
    origin: row.origin === "upload" ? ("upload" as const) : ("files" as const),
    published: row.published,
    recordedOn: row.recordedOn,
    durationSeconds: row.durationSeconds,
    streamReady: row.stream !== null,
    transcodeState: openJob.get(row.id) ?? null,
  }));
}

/** A URL-safe name from the English title, made unique with a number when taken. */
async function freeSlug(tx: Tx, titleEn: string): Promise<string> {
  const base =
    titleEn
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "webinar";
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.webinar.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

function detailFields(values: WebinarFormValues) {
  return {
    titleZh: values.titleZh,
    titleEn: values.titleEn,
    descriptionZh: values.descriptionZh,
    descriptionEn: values.descriptionEn,
    category: values.category,
    recordedOn: new Date(`${values.recordedOn}T00:00:00Z`),
  };
}

/** What a new trainer-managed webinar starts from: its details, and speakers and checkpoints when it has them. */
export type DraftWebinarFields = ReturnType<typeof detailFields> & {
  speakers?: Speaker[];
  checkpoints?: { at: number; question: QuizQuestion }[];
};

/**
 * A new trainer-managed webinar (uploads, recordings of live webinars):
 * unpublished until it has a video and the trainer publishes it.
 */
export async function createDraftWebinar(tx: Tx, fields: DraftWebinarFields) {
  const { speakers = [], checkpoints = [], ...details } = fields;
  const last = await tx.webinar.aggregate({ _max: { position: true } });
  return tx.webinar.create({
    data: {
      ...details,
      slug: await freeSlug(tx, details.titleEn),
      origin: "upload",
      published: false,
      speakers: JSON.stringify(speakers),
      durationSeconds: 0,
      requiredShare: 0.9,
      passMark: 80,
      media: "{}",
      checkpoints: JSON.stringify(checkpoints),
      finalQuiz: "",
      position: (last._max.position ?? 0) + 1,
    },
  });
}

/** A new uploaded webinar: unpublished until it has a video and the trainer publishes it. */
export async function createWebinar(values: WebinarFormValues, speakers: Speaker[], actor: PublicUser) {
  return db.$transaction(async (tx) => {
    const webinar = await createDraftWebinar(tx, { ...detailFields(values), speakers });
    await recordAudit({ actorId: actor.id, action: "webinar.create", targetType: "webinar", targetId: webinar.id, details: { title: values.titleEn } }, tx);
    return webinar;
  });
}

/** Edits an uploaded webinar's details (a file-based one is edited in its folder). */
export async function updateWebinarDetails(webinar: ManagedWebinar, values: WebinarFormValues, speakers: Speaker[], actor: PublicUser): Promise<void> {
  if (webinar.origin !== "upload") throw conflict();
  await db.$transaction(async (tx) => {
    await tx.webinar.update({ where: { id: webinar.id }, data: { ...detailFields(values), speakers: JSON.stringify(speakers) } });
    await recordAudit({ actorId: actor.id, action: "webinar.update", targetType: "webinar", targetId: webinar.id, details: { title: values.titleEn } }, tx);
  });
}

export type PublishRefusal = "noVideo";

/** Shows or hides a webinar in the catalog; only a webinar with a transcoded video can be shown. */
export async function setPublished(webinar: ManagedWebinar, published: boolean, actor: PublicUser): Promise<{ ok: true } | { ok: false; reason: PublishRefusal }> {
  if (published && !(webinar.stream && readStoredStream(webinar.stream)) && webinar.origin === "upload") return { ok: false, reason: "noVideo" };
  await db.$transaction(async (tx) => {
    await tx.webinar.update({ where: { id: webinar.id }, data: { published } });
    await recordAudit({ actorId: actor.id, action: published ? "webinar.publish" : "webinar.unpublish", targetType: "webinar", targetId: webinar.id }, tx);
  });
  return { ok: true };
}

/** A finished upload becomes the webinar's video: its transcode is queued with the audit entry. */
export async function adoptUploadedVideo(webinarId: string, uploadPath: string, actor: PublicUser, fileName: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await recordAudit({ actorId: actor.id, action: "webinar.video", targetType: "webinar", targetId: webinarId, details: { fileName } }, tx);
    await enqueueWebinarTranscode(tx, { webinarId, sourcePath: uploadPath, removeSource: true });
  });
}

/** Stores validated WebVTT captions for one language of an uploaded webinar, replacing any before. */
export async function saveCaptions(webinar: ManagedWebinar, language: "zh" | "en", vtt: string, actor: PublicUser, details: { fileName: string; encoding: string }): Promise<void> {
  const file = await writeCaptionFile(webinar.id, language, vtt);
  const before = readCaptionFiles(webinar.captionFiles);
  await db.$transaction(async (tx) => {
    await tx.webinar.update({ where: { id: webinar.id }, data: { captionFiles: JSON.stringify({ ...before, [language]: file }) } });
    await recordAudit({ actorId: actor.id, action: "webinar.captions", targetType: "webinar", targetId: webinar.id, details: { language, ...details } }, tx);
  });
  const old = before[language];
  if (old && old !== file) await removeMediaFile(old);
}

/** Replaces the chapters of an uploaded webinar. */
export async function saveChapters(webinar: ManagedWebinar, chapters: Chapter[], actor: PublicUser): Promise<void> {
  if (webinar.origin !== "upload") throw conflict();
  await db.$transaction(async (tx) => {
    await tx.webinar.update({ where: { id: webinar.id }, data: { chapterList: JSON.stringify(chapters) } });
    await recordAudit({ actorId: actor.id, action: "webinar.chapters", targetType: "webinar", targetId: webinar.id, details: { count: chapters.length } }, tx);
  });
}

/** The speakers of a webinar as stored (none for a new upload). */
export function storedSpeakers(webinar: { speakers: string }): Speaker[] {
  return readSpeakers(webinar.speakers);
}

const readCheckpointList = storedJsonReader(z.array(z.object({ at: z.number(), question: questionSchema })));

/** The checkpoints and final-quiz questions of a webinar as stored. */
export function storedQuestions(webinar: { checkpoints: string; finalQuiz: string }) {
  return { checkpoints: readCheckpointList(webinar.checkpoints), quiz: webinar.finalQuiz ? readStoredQuiz(webinar.finalQuiz).questions : [] };
}

type QuestionChange =
  | { kind: "addCheckpoint"; at: number; question: QuizQuestion }
  | { kind: "removeCheckpoint"; questionId: string }
  | { kind: "addQuizQuestion"; question: QuizQuestion }
  | { kind: "removeQuizQuestion"; questionId: string };

/** Adds or removes a checkpoint or a final-quiz question of an uploaded webinar (checkpoints kept in time order). */
export async function changeQuestions(webinar: ManagedWebinar, change: QuestionChange, actor: PublicUser): Promise<void> {
  if (webinar.origin !== "upload") throw conflict();
  const { checkpoints, quiz } = storedQuestions(webinar);
  const nextCheckpoints =
    change.kind === "addCheckpoint"
      ? [...checkpoints, { at: change.at, question: change.question }].sort((a, b) => a.at - b.at)
      : change.kind === "removeCheckpoint"
        ? checkpoints.filter((checkpoint) => checkpoint.question.id !== change.questionId)
        : checkpoints;
  const nextQuiz =
    change.kind === "addQuizQuestion" ? [...quiz, change.question] : change.kind === "removeQuizQuestion" ? quiz.filter((question) => question.id !== change.questionId) : quiz;
  await db.$transaction(async (tx) => {
    await tx.webinar.update({
      where: { id: webinar.id },
      data: { checkpoints: JSON.stringify(nextCheckpoints), finalQuiz: nextQuiz.length > 0 ? JSON.stringify({ questions: nextQuiz }) : "" },
    });
    await recordAudit({ actorId: actor.id, action: "webinar.questions", targetType: "webinar", targetId: webinar.id, details: { change: change.kind } }, tx);
  });
}
