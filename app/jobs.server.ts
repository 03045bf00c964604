// Every kind of job the app runs, and the runner the server starts with them.
// The one place that knows all features' jobs; features know only the queue.
import { ACCOUNT_MAILS } from "~/features/auth/account-mails.server";
import { certificateIssuedMail } from "~/features/certificates/certificate-mail.server";
import { JobRunner, type RunnerOptions } from "~/platform/jobs/runner.server";
import { attendanceCertificatesJob } from "~/features/live/attendance-certificates.server";
import { LIVE_MAILS } from "~/features/live/live-mail-jobs.server";
import { LIVE_SCHEDULE_JOBS, scheduleUpcomingLiveWebinars } from "~/features/live/live-schedule-jobs.server";
import { bulletinMail } from "~/features/recalls/bulletin-mails.server";
import { env } from "~/platform/runtime/env.server";
import { logger } from "~/platform/runtime/logger.server";
import { TRAINING_MAILS } from "~/features/trainings/training-mail-jobs.server";
import { scheduleUpcomingTrainings, TRAINING_SCHEDULE_JOBS } from "~/features/trainings/training-schedule-jobs.server";
import { webinarTranscodeJob } from "~/features/webinars/media/transcode-job.server";
import { abandonedUploadsJob, scheduleUploadCleanup } from "~/features/webinars/manage/abandoned-uploads.server";

export const JOB_HANDLERS = [...TRAINING_MAILS, ...TRAINING_SCHEDULE_JOBS, ...ACCOUNT_MAILS, bulletinMail, certificateIssuedMail, ...LIVE_MAILS, ...LIVE_SCHEDULE_JOBS, attendanceCertificatesJob, webinarTranscodeJob, abandonedUploadsJob];

/**
 * Starts this process's job runner, unless JOB_RUNNER=off. Every server
 * process runs one (decision 0024); they share the work through the jobs
 * table. Before the first round it schedules the reminders of sessions that
 * have none yet.
 */
export function startJobRunner(options: Partial<RunnerOptions> = {}): JobRunner | null {
  if (env.JOB_RUNNER === "off") return null;
  const runner = new JobRunner({ kinds: JOB_HANDLERS, concurrency: env.JOB_CONCURRENCY, ...options });
  const now = new Date();
  Promise.all([scheduleUpcomingTrainings(now), scheduleUpcomingLiveWebinars(now), scheduleUploadCleanup(now)])
    .catch((error: unknown) => logger.error({ err: error }, "could not schedule the reminders of upcoming trainings and live webinars, or the upload clean-up"))
    .finally(() => runner.start());
  return runner;
}
