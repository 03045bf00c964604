import type { z } from "zod";
import { defineJob, PermanentJobError, type JobContext, type JobKind } from "~/platform/jobs/define-job.server";
import { updateHeldJob } from "~/platform/jobs/job-store.server";
import type { JobKindName, JobReason } from "~/platform/jobs/vocabulary";
import { logger } from "~/platform/runtime/logger.server";
import { messageIdFor, type Message } from "./mailer.server";
import { sendFailure } from "./send-failure";

/** A mail to send, or why it is no longer wanted (e.g. the registration was cancelled meanwhile). */
export type Rendered = Message | { skip: JobReason };

/**
 * A job that sends one mail, written so a person gets it once:
 *
 * - the Message-ID comes from the job, so every attempt sends the same message
 *   and a receiving system can recognise a copy;
 * - the job records that a send began before it hands the message over, and
 *   that it was accepted in the same write that marks the job done. A retry
 *   of a job whose send was recorded never sends again;
 * - a send whose outcome cannot be known (the worker was killed mid-send, or
 *   the connection broke before the server answered) is counted in
 *   `unknownOutcomes` and sent once more: at most one extra copy per such send.
 *
 * The message is rendered when the job runs, from the records as they are
 * then, in the recipient's language.
 */
export function defineMailJob<Payload>(kind: JobKindName, payload: z.ZodType<Payload>, render: (payload: Payload, context: JobContext) => Promise<Rendered>): JobKind<Payload> {
  return defineJob(kind, payload, async (data, context) => {
    const { job, lease, now, mailer } = context;
    if (job.sentAt) return { record: { sentAt: job.sentAt } };
    if (job.sendStartedAt) {
      logger.warn({ jobId: job.id, since: job.sendStartedAt }, "a previous send of this mail ended without an outcome; sending again");
      await updateHeldJob(lease, { unknownOutcomes: { increment: 1 }, sendStartedAt: null });
    }
    const message = await render(data, context);
    if ("skip" in message) return { skipped: message.skip };
    if (!(await updateHeldJob(lease, { sendStartedAt: now }))) throw new Error("The job was taken over before the mail was sent.");
    try {
      await mailer.send(message, messageIdFor(`job.${job.id}`));
    } catch (error) {
      const failure = sendFailure(error);
      await updateHeldJob(lease, { sendStartedAt: null, ...(failure.delivered === "unknown" ? { unknownOutcomes: { increment: 1 } } : {}) });
      if (failure.permanent) throw new PermanentJobError((error as Error).message, { cause: error });
      throw error;
    }
    return { record: { sentAt: now } };
  });
}
