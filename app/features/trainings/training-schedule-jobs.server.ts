import { z } from "zod";
import { defineJob } from "~/platform/jobs/define-job.server";
import { enqueueJobOnce } from "~/platform/jobs/enqueue.server";
import type { JobReason } from "~/platform/jobs/vocabulary";
import { db, type Tx } from "~/platform/db/db.server";
import { followUpMail, registrationTarget, REMINDER_HOURS, reminderMail } from "./training-mail-jobs.server";

const HOUR = 3_600_000;
/** The follow-up goes out this long after a training ends, once attendance has been taken. */
export const FOLLOW_UP_DELAY_MS = 2 * HOUR;

type ScheduledSession = { id: string; startsAt: Date; endsAt: Date; status: string };

/**
 * At a reminder's instant: one reminder mail to each person confirmed at that
 * moment (nobody waiting or cancelled). The mails are queued once per person
 * and start time, so a second run of this job (another worker, a retry after
 * a crash) adds none.
 */
export const trainingRemindersJob = defineJob(
  "training.reminders",
  z.object({ sessionId: z.string().min(1), hoursBefore: z.union([z.literal(24), z.literal(2)]), startsAt: z.string() }),
  async ({ sessionId, hoursBefore, startsAt }, { now }) =>
    db.$transaction(async (tx) => {
      const session = await tx.trainingSession.findUnique({ where: { id: sessionId } });
      const stale = staleReason(session, "startsAt", startsAt);
      if (stale) return { skipped: stale };
      if (now >= session!.startsAt) return { skipped: "trainingStarted" as const };
      const confirmed = await tx.registration.findMany({ where: { sessionId, status: "confirmed", email: { not: "" } }, select: { id: true, email: true } });
      for (const registration of confirmed) {
        await enqueueJobOnce(tx, reminderMail, { registrationId: registration.id, hoursBefore }, {
          runAt: now,
          recipient: registration.email,
          target: registrationTarget(registration.id),
          dedupeKey: `reminder:${hoursBefore}h:${registration.id}:${startsAt}`,
        });
      }
    }),
);

/** After a training: the follow-up mail to each person recorded as present or late. */
export const trainingFollowUpsJob = defineJob(
  "training.followUps",
  z.object({ sessionId: z.string().min(1), endsAt: z.string() }),
  async ({ sessionId, endsAt }, { now }) =>
    db.$transaction(async (tx) => {
      const session = await tx.trainingSession.findUnique({ where: { id: sessionId } });
      const stale = staleReason(session, "endsAt", endsAt);
      if (stale) return { skipped: stale };
      const attended = await tx.registration.findMany({
        where: { sessionId, attendance: { in: ["present", "late"] }, email: { not: "" } },
        select: { id: true, email: true },
      });
      for (const registration of attended) {
        await enqueueJobOnce(tx, followUpMail, { registrationId: registration.id }, {
          runAt: now,
          recipient: registration.email,
          target: registrationTarget(registration.id),
          dedupeKey: `follow-up:${registration.id}`,
        });
      }
    }),
);

function staleReason(session: ScheduledSession | null, field: "startsAt" | "endsAt", expected: string): JobReason | null {
  if (!session || session.status === "cancelled") return "trainingCancelled";
  if (session[field].toISOString() !== expected) return "trainingMoved";
  return null;
}

/**
 * Keeps a session's scheduled jobs in step with its times, in the transaction
 * that creates, moves or cancels it: a reminder 24 h and 2 h before the start
 * and the follow-up after the end (times in UTC). Jobs for old times that have
 * not run are cancelled; an instant already past gets no job.
 */
export async function scheduleTrainingJobs(tx: Tx, session: ScheduledSession, now: Date): Promise<void> {
  const startsAt = session.startsAt.toISOString();
  const endsAt = session.endsAt.toISOString();
  const target = { type: "session", id: session.id };
  const ahead = <Job extends { runAt: Date }>(jobs: Job[]) => (session.status === "cancelled" ? [] : jobs.filter((job) => job.runAt > now));
  const reminders = ahead(
    REMINDER_HOURS.map((hoursBefore) => ({
      payload: { sessionId: session.id, hoursBefore, startsAt },
      runAt: new Date(session.startsAt.getTime() - hoursBefore * HOUR),
      dedupeKey: `training-reminders:${session.id}:${hoursBefore}h:${startsAt}`,
    })),
  );
  const followUps = ahead([
    { payload: { sessionId: session.id, endsAt }, runAt: new Date(session.endsAt.getTime() + FOLLOW_UP_DELAY_MS), dedupeKey: `training-follow-ups:${session.id}:${endsAt}` },
  ]);
  await tx.job.updateMany({
    where: {
      kind: { in: [trainingRemindersJob.kind, trainingFollowUpsJob.kind] },
      targetType: target.type,
      targetId: target.id,
      state: { in: ["pending", "retrying"] },
      dedupeKey: { notIn: [...reminders, ...followUps].map((job) => job.dedupeKey) },
    },
    // The key is freed, so moving the session back to these times schedules them again.
    data: { state: "cancelled", lastError: (session.status === "cancelled" ? "trainingCancelled" : "trainingMoved") satisfies JobReason, finishedAt: now, dedupeKey: null },
  });
  for (const { payload, ...options } of reminders) await enqueueJobOnce(tx, trainingRemindersJob, payload, { ...options, target });
  for (const { payload, ...options } of followUps) await enqueueJobOnce(tx, trainingFollowUpsJob, payload, { ...options, target });
}

/**
 * Schedules the jobs of every session still ahead (idempotent). The runner
 * calls it when it starts, so sessions made before jobs existed, or written
 * straight into the database by the seed, get their reminders too.
 */
export async function scheduleUpcomingTrainings(now: Date): Promise<number> {
  const sessions = await db.trainingSession.findMany({
    where: { status: { not: "cancelled" }, endsAt: { gt: new Date(now.getTime() - FOLLOW_UP_DELAY_MS) } },
    select: { id: true, startsAt: true, endsAt: true, status: true },
  });
  for (const session of sessions) await db.$transaction((tx) => scheduleTrainingJobs(tx, session, now));
  return sessions.length;
}

export const TRAINING_SCHEDULE_JOBS = [trainingRemindersJob, trainingFollowUpsJob];
