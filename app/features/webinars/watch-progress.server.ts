import { issueCertificate } from "~/features/certificates/issue.server";
import { db, type Tx } from "~/features/server/db.server";
import { addReport, type Interval } from "./intervals";
import type { WebinarRecord } from "./webinars.server";

/** The fastest playback speed the player offers; reports are checked against it. */
export const MAX_PLAYBACK_RATE = 2;

export async function getOrStartProgress(userId: string, webinarId: string) {
  return db.webinarProgress.upsert({
    where: { userId_webinarId: { userId, webinarId } },
    create: { userId, webinarId },
    update: {},
  });
}

export function parseIntervals(value: string): Interval[] {
  try {
    return JSON.parse(value) as Interval[];
  } catch {
    return [];
  }
}

/**
 * Records a watch report: merges the reported intervals into the stored ones,
 * refusing reports that claim more than could have been played since the last
 * one. Returns the distinct share of the video watched.
 */
export async function recordWatchReport(userId: string, webinar: WebinarRecord, reported: Interval[], position: number, now = new Date()) {
  const progress = await getOrStartProgress(userId, webinar.id);
  const result = addReport(parseIntervals(progress.intervals), reported, {
    duration: webinar.durationSeconds,
    secondsSinceLastReport: Math.max(0, (now.getTime() - progress.lastReportAt.getTime()) / 1000),
    maxRate: MAX_PLAYBACK_RATE,
    slackSeconds: 5,
  });
  if (!result.ok) return { ok: false as const, share: progress.watchedSeconds / webinar.durationSeconds };
  const watchedSeconds = result.merged.reduce((sum, [start, end]) => sum + (end - start), 0);
  await db.webinarProgress.update({
    where: { id: progress.id },
    data: {
      intervals: JSON.stringify(result.merged.map(([start, end]) => [round(start), round(end)])),
      watchedSeconds,
      position: Math.min(Math.max(0, position), webinar.durationSeconds),
      lastReportAt: now,
    },
  });
  return { ok: true as const, share: watchedSeconds / webinar.durationSeconds };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Remembers a checkpoint as answered and keeps the first answer's
 * correctness for the reports (a later answer to the same question changes
 * nothing), in one transaction.
 */
export async function markCheckpointAnswered(userId: string, webinarId: string, questionId: string, correct: boolean) {
  const progress = await getOrStartProgress(userId, webinarId);
  const answered = new Set(JSON.parse(progress.answeredCheckpoints) as string[]);
  answered.add(questionId);
  try {
    await db.$transaction([
      db.webinarProgress.update({ where: { id: progress.id }, data: { answeredCheckpoints: JSON.stringify([...answered]) } }),
      db.checkpointAnswer.upsert({
        where: { userId_webinarId_questionId: { userId, webinarId, questionId } },
        create: { userId, webinarId, questionId, correct },
        update: {},
      }),
    ]);
  } catch (error) {
    // A concurrent submission of the same checkpoint recorded the first answer already.
    if ((error as { code?: string }).code !== "P2002") throw error;
  }
}

export function watchedShare(progress: { watchedSeconds: number }, webinar: { durationSeconds: number }): number {
  return progress.watchedSeconds / webinar.durationSeconds;
}

/** Completes the webinar (once), with its certificate, in the quiz attempt's transaction. */
export async function completeWebinar(tx: Tx, progressId: string): Promise<void> {
  await tx.webinarProgress.updateMany({ where: { id: progressId, completedAt: null }, data: { completedAt: new Date() } });
  const progress = await tx.webinarProgress.findUniqueOrThrow({ where: { id: progressId } });
  await issueCertificate(tx, { userId: progress.userId, type: "webinar", achievementId: progress.webinarId, completedOn: progress.completedAt ?? new Date() }, { mailHolder: true });
}
