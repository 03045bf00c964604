import { issueCertificate } from "~/features/certificates/issue.server";
import { db, type Tx } from "~/platform/db/db.server";
import { addReport, type Interval } from "./intervals";
import { earnedAllowance } from "./watch-allowance";
import type { WebinarRecord } from "./webinars.server";
import { isUniqueViolation } from "~/platform/db/unique-violation.server";

/** The learner's progress on the webinar, started (an empty one written) on their first visit. */
export async function getOrStartProgress(userId: string, webinarId: string) {
  const where = { userId_webinarId: { userId, webinarId } };
  // Read first: every page view asks, and a write (even a no-op upsert) holds the database's write lock.
  return (await db.webinarProgress.findUnique({ where })) ?? db.webinarProgress.upsert({ where, create: { userId, webinarId }, update: {} });
}

export function parseIntervals(value: string): Interval[] {
  try {
    return JSON.parse(value) as Interval[];
  } catch {
    return [];
  }
}

/** A player's report; without a position when the player does not yet know the learner's (the stored one stays). */
export type WatchReport = { intervals: Interval[]; position?: number; playing: boolean };

/**
 * Records a player's report: merges the reported intervals into the stored
 * ones, counting no more new seconds than the learner has earned by playing
 * (decision 0017), and remembers whether the player is playing now. Two
 * reports at once (a beacon and a fetch) do not both spend the same
 * allowance: the write happens only if no other report was recorded since
 * this one read the progress, else the report is read again against the new
 * state. Returns the distinct share of the video watched.
 */
export async function recordWatchReport(userId: string, webinar: WebinarRecord, report: WatchReport, now = new Date()): Promise<{ share: number }> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const progress = await getOrStartProgress(userId, webinar.id);
    const allowance = earnedAllowance(progress, now);
    const result = addReport(parseIntervals(progress.intervals), report.intervals, { duration: webinar.durationSeconds, allowance });
    const watchedSeconds = result.merged.reduce((sum, [start, end]) => sum + (end - start), 0);
    const { count } = await db.webinarProgress.updateMany({
      where: { id: progress.id, lastReportAt: progress.lastReportAt },
      data: {
        intervals: JSON.stringify(result.merged.map(([start, end]) => [round(start), round(end)])),
        watchedSeconds,
        ...(report.position === undefined ? {} : { position: Math.min(Math.max(0, report.position), webinar.durationSeconds) }),
        lastReportAt: now,
        playingReportAt: report.playing ? now : null,
        watchAllowance: Math.max(0, allowance - result.added),
      },
    });
    if (count === 1) return { share: watchedSeconds / webinar.durationSeconds };
  }
  const progress = await getOrStartProgress(userId, webinar.id);
  return { share: progress.watchedSeconds / webinar.durationSeconds };
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
    if (!isUniqueViolation(error)) throw error;
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
