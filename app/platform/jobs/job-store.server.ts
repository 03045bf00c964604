import crypto from "node:crypto";
import { db, type Prisma, type Tx } from "~/platform/db/db.server";
import type { JobReason } from "./vocabulary";

/** A row of the jobs table. */
export type Job = Prisma.JobGetPayload<object>;

/**
 * How workers take, hold and finish jobs. Every write here is one conditional
 * UPDATE, so it means the same on SQLite and PostgreSQL: a job is taken by
 * the one worker whose UPDATE still matched it, and only the worker holding a
 * job's lease can finish it. (On PostgreSQL, `SELECT … FOR UPDATE SKIP LOCKED`
 * in `dueJobIds` would spare losing workers the wasted UPDATE; it belongs here.)
 */

/** The columns a new job is queued with; the rest take their defaults. */
export type NewJob = {
  kind: string;
  payload: string;
  runAt: Date;
  recipient?: string;
  targetType?: string;
  targetId?: string;
  batch?: string;
  dedupeKey?: string;
};

/**
 * Inserts one job in the caller's transaction, as one plain INSERT (the same
 * SQL on SQLite and PostgreSQL). Jobs are queued inside the busiest
 * transactions (a registration, a quiz pass); Prisma compiles every query
 * afresh (decision 0010), which costs about three times the insert itself, so
 * the hot path skips it. Dates are bound as parameters, so the adapter stores
 * them exactly as it stores Prisma's own.
 */
export async function insertJob(tx: Tx, job: NewJob): Promise<void> {
  const now = new Date();
  await tx.$executeRaw`
    INSERT INTO "Job" ("id", "kind", "payload", "state", "runAt", "recipient", "targetType", "targetId", "batch", "dedupeKey", "createdAt", "updatedAt")
    VALUES (${crypto.randomUUID()}, ${job.kind}, ${job.payload}, ${"pending"}, ${job.runAt}, ${job.recipient ?? null}, ${job.targetType ?? null},
            ${job.targetId ?? null}, ${job.batch ?? null}, ${job.dedupeKey ?? null}, ${now}, ${now})`;
}

/** A worker's hold on a job. */
export type Lease = { jobId: string; workerId: string };

const held = (lease: Lease) => ({ id: lease.jobId, lockedBy: lease.workerId, state: "running" });

/** Whether a job may be taken at `now`: waiting and due, or running with an expired lease and attempts left. */
function takeable(now: Date): Prisma.JobWhereInput {
  return {
    OR: [
      { state: { in: ["pending", "retrying"] }, runAt: { lte: now } },
      { state: "running", lockedUntil: { lt: now }, attempts: { lt: db.job.fields.maxAttempts } },
    ],
  };
}

/** Up to `limit` jobs that may be taken now, longest waiting first. */
export async function dueJobIds(now: Date, limit: number): Promise<string[]> {
  const rows = await db.job.findMany({ where: takeable(now), orderBy: [{ runAt: "asc" }, { id: "asc" }], take: limit, select: { id: true } });
  return rows.map((row) => row.id);
}

/** Takes a job for `leaseMs`, counting the attempt; null when another worker was first. */
export async function claimJob(jobId: string, workerId: string, now: Date, leaseMs: number): Promise<Job | null> {
  const taken = await db.job.updateMany({
    where: { id: jobId, ...takeable(now) },
    data: { state: "running", lockedBy: workerId, lockedUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
  });
  if (taken.count === 0) return null;
  const job = await db.job.findUnique({ where: { id: jobId } });
  return job?.lockedBy === workerId ? job : null;
}

/** Extends a lease; false when the job is no longer this worker's. */
export async function renewLease(lease: Lease, until: Date): Promise<boolean> {
  const renewed = await db.job.updateMany({ where: held(lease), data: { lockedUntil: until } });
  return renewed.count === 1;
}

/** Writes to a job only while the lease is held; false when it was lost. */
export async function updateHeldJob(lease: Lease, data: Prisma.JobUpdateManyMutationInput): Promise<boolean> {
  const updated = await db.job.updateMany({ where: held(lease), data });
  return updated.count === 1;
}

const released = { lockedBy: null, lockedUntil: null };

export function completeJob(lease: Lease, now: Date, record: Prisma.JobUpdateManyMutationInput = {}) {
  return updateHeldJob(lease, { ...record, ...released, state: "done", lastError: null, finishedAt: now });
}

export function skipJob(lease: Lease, now: Date, reason: JobReason) {
  return updateHeldJob(lease, { ...released, state: "skipped", lastError: reason, finishedAt: now });
}

export function retryJobLater(lease: Lease, runAt: Date, error: string) {
  return updateHeldJob(lease, { ...released, state: "retrying", runAt, lastError: error });
}

export function failJob(lease: Lease, now: Date, error: string) {
  return updateHeldJob(lease, { ...released, state: "failed", lastError: error, finishedAt: now });
}

/**
 * Jobs whose worker stopped during their last allowed attempt: failed, so an
 * admin can decide. Looks before it writes, so an idle poll takes no write lock.
 */
export async function failAbandonedJobs(now: Date): Promise<number> {
  const abandoned: Prisma.JobWhereInput = { state: "running", lockedUntil: { lt: now }, attempts: { gte: db.job.fields.maxAttempts } };
  const found = await db.job.findMany({ where: abandoned, select: { id: true }, take: 100 });
  if (found.length === 0) return 0;
  const failed = await db.job.updateMany({
    where: { ...abandoned, id: { in: found.map((job) => job.id) } },
    data: { ...released, state: "failed", lastError: "workerStopped" satisfies JobReason, finishedAt: now },
  });
  return failed.count;
}
