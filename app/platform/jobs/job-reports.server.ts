import { db } from "~/platform/db/db.server";
import { JOB_STATES, OPEN_STATES, type JobKindName, type JobState } from "./vocabulary";

/** A bulk action's mails: how many are to go (skipped or cancelled ones aside), sent, failed for good, and still to run. */
export type BatchProgress = { total: number; sent: number; failed: number; open: number };

/** How far each bulk action's mails have got ("37 of 120 mails sent"); batches without jobs are absent. */
export async function batchProgress(batches: string[]): Promise<Map<string, BatchProgress>> {
  const groups = await db.job.groupBy({ by: ["batch", "state"], where: { batch: { in: batches } }, _count: { _all: true } });
  const progress = new Map<string, BatchProgress>();
  for (const { batch, state, _count } of groups) {
    const entry = progress.get(batch!) ?? { total: 0, sent: 0, failed: 0, open: 0 };
    if (state !== "skipped" && state !== "cancelled") entry.total += _count._all;
    if (state === "done") entry.sent += _count._all;
    if (state === "failed") entry.failed += _count._all;
    if ((OPEN_STATES as readonly string[]).includes(state)) entry.open += _count._all;
    progress.set(batch!, entry);
  }
  return progress;
}

/** Jobs per state, every state present. */
export async function jobCounts(): Promise<Record<JobState, number>> {
  const groups = await db.job.groupBy({ by: ["state"], _count: { _all: true } });
  return Object.fromEntries(JOB_STATES.map((state) => [state, groups.find((group) => group.state === state)?._count._all ?? 0])) as Record<JobState, number>;
}

/** The kinds of the failed jobs about each of these records (e.g. registrations on a roster). */
export async function failedJobKinds(targetType: string, targetIds: string[]): Promise<Map<string, JobKindName[]>> {
  const failed = await db.job.findMany({
    where: { targetType, targetId: { in: targetIds }, state: "failed" },
    select: { targetId: true, kind: true },
    orderBy: { createdAt: "asc" },
  });
  const kinds = new Map<string, JobKindName[]>();
  for (const job of failed) kinds.set(job.targetId!, [...(kinds.get(job.targetId!) ?? []), job.kind as JobKindName]);
  return kinds;
}

/**
 * The queue's health: how long the most overdue job has waited since it was
 * due (0 when none is waiting), and how many have failed for good.
 */
export async function queueHealth(now: Date): Promise<{ oldestPendingSeconds: number; failed: number }> {
  const [oldest, failed] = await Promise.all([
    db.job.findFirst({ where: { state: { in: ["pending", "retrying"] }, runAt: { lte: now } }, orderBy: { runAt: "asc" }, select: { runAt: true } }),
    db.job.count({ where: { state: "failed" } }),
  ]);
  return { oldestPendingSeconds: oldest ? Math.round((now.getTime() - oldest.runAt.getTime()) / 1000) : 0, failed };
}
