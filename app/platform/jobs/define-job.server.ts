import type { z } from "zod";
import type { Mailer } from "~/platform/mail/mailer.server";
import type { Job, Lease } from "./job-store.server";
import type { JobKindName, JobReason } from "./vocabulary";

export type JobContext = {
  /** The runner's clock when it took the job (injectable in tests). */
  now: Date;
  /** The job as it was when taken, attempts already counted. */
  job: Job;
  lease: Lease;
  mailer: Mailer;
};

/**
 * What a finished run reports: nothing (done), a reason the work is no longer
 * needed (skipped), or columns to write together with the done mark.
 */
export type JobResult = void | { skipped: JobReason } | { record: { sentAt: Date } };

export type JobKind<Payload> = {
  kind: JobKindName;
  payload: z.ZodType<Payload>;
  run(payload: Payload, context: JobContext): Promise<JobResult>;
};

/** Binds a kind's name, the shape of its payload and what it does. */
export function defineJob<Payload>(kind: JobKindName, payload: z.ZodType<Payload>, run: JobKind<Payload>["run"]): JobKind<Payload> {
  return { kind, payload, run };
}

/**
 * A failure that another attempt cannot fix (e.g. a mail server refusing an
 * address): the job fails at once. Its message is what the outbox shows: the
 * mail server's answer, or a reason code.
 */
export class PermanentJobError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "PermanentJobError";
  }
}
