import { recordAudit } from "~/platform/audit/audit-log.server";
import { isJobKind, isJobState, type JobKindName, type JobState } from "~/platform/jobs/vocabulary";
import { db, type Prisma } from "~/platform/db/db.server";
import { pageWindow } from "~/platform/shell/pagination";

export type OutboxFilter = { state: JobState | null; kind: JobKindName | null; recipient: string };

/** The filters in the outbox URL; unknown values read as "any". */
export function readOutboxFilter(url: URL): OutboxFilter {
  const state = url.searchParams.get("state");
  const kind = url.searchParams.get("kind");
  return {
    state: isJobState(state) ? state : null,
    kind: isJobKind(kind) ? kind : null,
    recipient: (url.searchParams.get("recipient") ?? "").trim().toLowerCase().slice(0, 100),
  };
}

function whereOf(filter: OutboxFilter): Prisma.JobWhereInput {
  return {
    ...(filter.state ? { state: filter.state } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.recipient ? { recipient: { contains: filter.recipient } } : {}),
  };
}

/** One page of jobs, newest first. */
export async function outboxJobs(filter: OutboxFilter, page: number) {
  const where = whereOf(filter);
  const [rows, total] = await Promise.all([
    db.job.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, kind: true, state: true, recipient: true, attempts: true, runAt: true, sentAt: true, lastError: true, createdAt: true },
      ...pageWindow(page),
    }),
    db.job.count({ where }),
  ]);
  return { rows, total };
}

export type FailedJobChange = { ok: true; recipient: string } | { ok: false };

/**
 * An admin's decision about a failed job, audited in the same transaction:
 * `retry` queues it again now with a fresh round of attempts, `cancel` gives
 * it up. Only a job still failed changes (a conditional update), so two
 * admins clicking at once change it once.
 */
export async function changeFailedJob(jobId: string, change: "retry" | "cancel", actor: { id: string }, now = new Date()): Promise<FailedJobChange> {
  return db.$transaction(async (tx) => {
    const data = change === "retry" ? { state: "pending", runAt: now, attempts: 0, finishedAt: null } : { state: "cancelled", finishedAt: now };
    const changed = await tx.job.updateMany({ where: { id: jobId, state: "failed" }, data });
    if (changed.count === 0) return { ok: false as const };
    const job = await tx.job.findUniqueOrThrow({ where: { id: jobId }, select: { kind: true, recipient: true } });
    await recordAudit({ actorId: actor.id, action: change === "retry" ? "job.retry" : "job.cancel", targetType: "job", targetId: jobId, details: { kind: job.kind, recipient: job.recipient } }, tx);
    return { ok: true as const, recipient: job.recipient ?? "" };
  });
}
