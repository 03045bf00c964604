import type { Tx } from "~/platform/db/db.server";
import type { JobKind } from "./define-job.server";
import { insertJob, type NewJob } from "./job-store.server";

export type JobOptions = {
  /** Not before this instant: now for work caused by a request, later for scheduled work. */
  runAt: Date;
  /** A mail's address, shown and filtered in the outbox. */
  recipient?: string;
  /** The record the job is about, e.g. `{ type: "registration", id }`: the roster shows its failed mails. */
  target?: { type: string; id: string };
  /** The bulk action the job belongs to, whose progress is shown while it runs. */
  batch?: string;
  /** Work with the same key is queued once (see `enqueueJobOnce`). */
  dedupeKey?: string;
};

function row<Payload>(kind: JobKind<Payload>, payload: Payload, options: JobOptions): NewJob {
  return {
    kind: kind.kind,
    payload: JSON.stringify(kind.payload.parse(payload)),
    runAt: options.runAt,
    recipient: options.recipient,
    targetType: options.target?.type,
    targetId: options.target?.id,
    batch: options.batch,
    dedupeKey: options.dedupeKey,
  };
}

/**
 * Queues a job inside the caller's transaction: if the change that causes it
 * rolls back, the job was never there; if it commits, a worker will run it.
 */
export async function enqueueJob<Payload>(tx: Tx, kind: JobKind<Payload>, payload: Payload, options: JobOptions): Promise<void> {
  await insertJob(tx, row(kind, payload, options));
}

/** Many jobs of one kind in one statement (a bulk action's mails). */
export async function enqueueJobs<Payload>(tx: Tx, kind: JobKind<Payload>, jobs: { payload: Payload; options: JobOptions }[]): Promise<void> {
  if (jobs.length > 0) await tx.job.createMany({ data: jobs.map((job) => row(kind, job.payload, job.options)) });
}

/**
 * Queues a job unless one with the same `dedupeKey` exists, whatever its
 * state: asking twice for the same reminder (two workers, a retried run)
 * queues it once.
 */
export async function enqueueJobOnce<Payload>(tx: Tx, kind: JobKind<Payload>, payload: Payload, options: JobOptions & { dedupeKey: string }): Promise<void> {
  await tx.job.upsert({ where: { dedupeKey: options.dedupeKey }, create: row(kind, payload, options), update: {} });
}
