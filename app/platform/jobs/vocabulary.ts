import type { Translation } from "~/locales";

/**
 * The states and kinds of jobs. Shared by the server and the outbox page, so
 * it holds names only; what each kind does lives with its feature.
 */
export const JOB_STATES = ["pending", "running", "retrying", "failed", "done", "skipped", "cancelled"] as const;
export type JobState = (typeof JOB_STATES)[number];

/** States in which a job will still run (now or later). */
export const OPEN_STATES = ["pending", "running", "retrying"] as const satisfies readonly JobState[];

/** Every kind of job with the key of its label under `jobs.kinds`; a kind without a label does not compile. */
const KIND_LABELS = {
  "mail.registrationConfirmed": "registrationConfirmed",
  "mail.registrationWaitlisted": "registrationWaitlisted",
  "mail.registrationPromoted": "registrationPromoted",
  "mail.sessionCancelled": "sessionCancelled",
  "mail.trainingReminder": "trainingReminder",
  "mail.trainingFollowUp": "trainingFollowUp",
  "mail.certificateIssued": "certificateIssued",
  "mail.bulletin": "bulletin",
  "mail.accountConfirm": "accountConfirm",
  "mail.accountExists": "accountExists",
  "mail.passwordReset": "passwordReset",
  "mail.emailChangeConfirm": "emailChangeConfirm",
  "mail.emailChanged": "emailChanged",
  "training.reminders": "trainingReminders",
  "training.followUps": "trainingFollowUps",
  "mail.liveRegistered": "liveRegistered",
  "mail.liveReminder": "liveReminder",
  "live.reminders": "liveReminders",
  "live.attendanceCertificates": "liveAttendanceCertificates",
  "webinar.transcode": "webinarTranscode",
  "webinar.uploadCleanup": "webinarUploadCleanup",
} as const satisfies Record<string, keyof Translation["jobs"]["kinds"]>;

export type JobKindName = keyof typeof KIND_LABELS;
export const JOB_KINDS = Object.keys(KIND_LABELS) as JobKindName[];

/** Why a job ended without doing its work; stored in `lastError` and shown translated (`jobs.reasons`). */
export const JOB_REASONS = [
  "registrationGone",
  "registrationCancelled",
  "notConfirmed",
  "trainingCancelled",
  "trainingStarted",
  "trainingMoved",
  "notAttended",
  "unsubscribed",
  "certificateRevoked",
  "accountGone",
  "alreadyConfirmed",
  "addressTaken",
  "workerStopped",
  "unknownKind",
  "payloadInvalid",
  "webinarCancelled",
  "webinarStarted",
  "webinarMoved",
  "webinarGone",
  "webinarOnAir",
] as const satisfies readonly (keyof Translation["jobs"]["reasons"])[];
export type JobReason = (typeof JOB_REASONS)[number];

export function isJobReason(value: unknown): value is JobReason {
  return JOB_REASONS.includes(value as JobReason);
}

export function isJobState(value: unknown): value is JobState {
  return JOB_STATES.includes(value as JobState);
}

export function isJobKind(value: unknown): value is JobKindName {
  return typeof value === "string" && Object.hasOwn(KIND_LABELS, value);
}

export function jobKindLabelKey(kind: JobKindName): keyof Translation["jobs"]["kinds"] {
  return KIND_LABELS[kind];
}
