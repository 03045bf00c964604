import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { db } from "~/platform/db/db.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { isCategory } from "~/platform/content/vocabulary";
import { liveRecordingsDir } from "~/platform/runtime/env.server";
import { logger } from "~/platform/runtime/logger.server";
import { createDraftWebinar } from "~/features/webinars/manage/webinar-admin.server";
import { videoStatusOf } from "~/features/webinars/manage/video-status.server";
import { enqueueWebinarTranscode, latestTranscode } from "~/features/webinars/media/transcode-job.server";
import { checkpointsFromPolls, type RecordedPoll } from "./recording-checkpoints";
import { isUniqueViolation } from "~/platform/db/unique-violation.server";

const choicesSchema = z.array(z.object({ id: z.string(), text: z.string(), correct: z.boolean() }));

export type RecordingOutcome = { ok: true; webinarId: string; created: boolean } | { ok: false; reason: "unknownWebinar" | "outsideFolder" };

/**
 * The recording file the ingest reported, if it is one of its recordings of
 * this live webinar: an existing `<webinar id>-<unix seconds>.flv` (nginx-rtmp's
 * `record_unique` name) whose real path, links resolved, is inside the
 * recordings folder. Returns its real path and when the ingest began writing it.
 */
export async function recordingFile(reportedPath: string, liveWebinarId: string): Promise<{ file: string; startedAt: Date } | null> {
  if (!path.isAbsolute(reportedPath) || reportedPath.length > 4096) return null;
  const [file, folder] = await Promise.all([fs.realpath(reportedPath).catch(() => null), fs.realpath(liveRecordingsDir).catch(() => null)]);
  if (!file || !folder) return null;
  const relative = path.relative(folder, file);
  if (relative.startsWith("..") || path.isAbsolute(relative) || relative.includes(path.sep)) return null;
  const match = /^([a-z0-9]+)-(\d{9,11})\.flv$/.exec(relative);
  if (!match || match[1] !== liveWebinarId) return null;
  if (!(await fs.stat(file)).isFile()) return null;
  return { file, startedAt: new Date(Number(match[2]) * 1000) };
}

/** One speaker line as typed for the live webinar ("Name, Organization") in the recorded webinar's form. */
function speakerOf(line: string) {
  const [name, ...rest] = line.split(/[,，]/);
  const organization = rest.join(",").trim() || "—";
  return { name: { zh: name!.trim(), en: name!.trim() }, organization: { zh: organization, en: organization } };
}

/**
 * The ingest finished a recording of a live webinar: it becomes a draft
 * recorded webinar (the live webinar's bilingual title, description,
 * speakers and category, its graded polls as checkpoints) and its transcode
 * is queued, in one transaction. A second report of the same file finds the
 * first one's webinar. Each recording is a part of its own: a host who
 * reconnected gets one draft per recording (decision 0034).
 */
export async function adoptLiveRecording(liveWebinarId: string, reportedPath: string, now = new Date()): Promise<RecordingOutcome> {
  const live = await db.liveWebinar.findUnique({ where: { id: liveWebinarId } });
  if (!live) return { ok: false, reason: "unknownWebinar" };
  const recording = await recordingFile(reportedPath, live.id);
  if (!recording) return { ok: false, reason: "outsideFolder" };
  const existing = await db.liveRecording.findUnique({ where: { file: recording.file } });
  if (existing) return { ok: true, webinarId: existing.webinarId, created: false };

  const [zh, en] = await Promise.all([getServerT("zh"), getServerT("en")]);
  const polls = await recordedPolls(live.id);
  const span = { startedAt: recording.startedAt, endedAt: now };
  const { checkpoints } = checkpointsFromPolls(polls, live.liveStartedAt, span, { zh: zh("live.recording.pollExplanation"), en: en("live.recording.pollExplanation") });
  try {
    return await db.$transaction(async (tx) => {
      const part = (await tx.liveRecording.count({ where: { liveWebinarId: live.id } })) + 1;
      const suffix = (t: typeof zh) => (part > 1 ? t("live.recording.partSuffix", { part }) : "");
      const webinar = await createDraftWebinar(tx, {
        titleZh: live.titleZh + suffix(zh),
        titleEn: live.titleEn + suffix(en),
        descriptionZh: live.descriptionZh,
        descriptionEn: live.descriptionEn,
        category: isCategory(live.category) ? live.category : "general",
        recordedOn: recording.startedAt,
        speakers: live.speakers.split("\n").map((line) => line.trim()).filter(Boolean).map(speakerOf),
        checkpoints,
      });
      await tx.liveRecording.create({ data: { liveWebinarId: live.id, webinarId: webinar.id, file: recording.file, part, ...span } });
      // The recording is the only copy of the broadcast: it stays in the ingest's folder.
      await enqueueWebinarTranscode(tx, { webinarId: webinar.id, sourcePath: recording.file, removeSource: false });
      return { ok: true as const, webinarId: webinar.id, created: true };
    });
  } catch (error) {
    // nginx reported the same file twice at once: the other report made the webinar.
    if (!isUniqueViolation(error)) throw error;
    const made = await db.liveRecording.findUnique({ where: { file: recording.file } });
    if (!made) throw error;
    logger.info({ file: recording.file }, "live recording reported twice");
    return { ok: true, webinarId: made.webinarId, created: false };
  }
}

async function recordedPolls(liveWebinarId: string): Promise<RecordedPoll[]> {
  const rows = await db.livePoll.findMany({ where: { webinarId: liveWebinarId }, orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({ ...row, choices: choicesSchema.parse(JSON.parse(row.choices)) }));
}

/** A live webinar's recordings for its host's page: each part's draft webinar, its transcode, and the polls left out of it. */
export async function recordingsOf(live: { id: string; liveStartedAt: Date | null }) {
  const recordings = await db.liveRecording.findMany({ where: { liveWebinarId: live.id }, orderBy: { part: "asc" } });
  if (recordings.length === 0) return [];
  const polls = await recordedPolls(live.id);
  const webinars = await db.webinar.findMany({ where: { id: { in: recordings.map((recording) => recording.webinarId) } }, select: { id: true, published: true, stream: true, durationSeconds: true } });
  return Promise.all(
    recordings.map(async (recording) => {
      const webinar = webinars.find((candidate) => candidate.id === recording.webinarId) ?? { published: false, stream: null, durationSeconds: 0 };
      const { leftOut, checkpoints } = checkpointsFromPolls(polls, live.liveStartedAt, recording, { zh: "", en: "" });
      return {
        part: recording.part,
        webinarId: recording.webinarId,
        published: webinar.published,
        ...videoStatusOf(webinar, await latestTranscode(recording.webinarId)),
        checkpointCount: checkpoints.length,
        leftOut,
      };
    }),
  );
}
