import { z } from "zod";
import { defineJob } from "~/platform/jobs/define-job.server";
import { enqueueJobOnce } from "~/platform/jobs/enqueue.server";
import { db, type Tx } from "~/platform/db/db.server";
import { liveRegistrationTarget, liveReminderMail } from "./live-mail-jobs.server";
import { LIVE_REMINDER_MINUTES } from "./vocabulary";

const MINUTE = 60_000;

type ScheduledLive = { id: string; startsAt: Date; status: string };

/**
 * At a reminder's instant: one reminder mail to each person registered at
 * that moment. Queued once per person, reminder and start time, so a second
 * run of this job adds none.
 */
export const liveRemindersJob = defineJob(
  "live.reminders",
  z.object({ webinarId: z.string().min(1), minutesBefore: z.union([z.literal(1440), z.literal(15)]), startsAt: z.string() }),
  async ({ webinarId, minutesBefore, startsAt }, { now }) =>
    db.$transaction(async (tx) => {
      const webinar = await tx.liveWebinar.findUnique({ where: { id: webinarId } });
      if (!webinar || webinar.status === "cancelled") return { skipped: "webinarCancelled" as const };
      if (webinar.startsAt.toISOString() !== startsAt) return { skipped: "webinarMoved" as const };
      if (webinar.status !== "scheduled" || now >= webinar.startsAt) return { skipped: "webinarStarted" as const };
      const registered = await tx.liveRegistration.findMany({ where: { webinarId, status: "registered" }, select: { id: true, email: true } });
      for (const registration of registered) {
        await enqueueJobOnce(tx, liveReminderMail, { registrationId: registration.id, minutesBefore }, {
          runAt: now,
          recipient: registration.email,
          target: liveRegistrationTarget(registration.id),
          dedupeKey: `live-reminder:${minutesBefore}min:${registration.id}:${startsAt}`,
        });
      }
    }),
);

/**
 * Schedules a live webinar's reminders (24 h and 15 min before its start, UTC)
 * in the transaction that creates it. An instant already past gets no job.
 */
export async function scheduleLiveJobs(tx: Tx, webinar: ScheduledLive, now: Date): Promise<void> {
  if (webinar.status !== "scheduled") return;
  const startsAt = webinar.startsAt.toISOString();
  for (const minutesBefore of LIVE_REMINDER_MINUTES) {
    const runAt = new Date(webinar.startsAt.getTime() - minutesBefore * MINUTE);
    if (runAt <= now) continue;
    await enqueueJobOnce(tx, liveRemindersJob, { webinarId: webinar.id, minutesBefore, startsAt }, {
      runAt,
      target: { type: "live", id: webinar.id },
      dedupeKey: `live-reminders:${webinar.id}:${minutesBefore}min:${startsAt}`,
    });
  }
}

/** Schedules the reminders of every live webinar still ahead (idempotent); the runner calls it when it starts, so seeded webinars get theirs. */
export async function scheduleUpcomingLiveWebinars(now: Date): Promise<number> {
  const webinars = await db.liveWebinar.findMany({ where: { status: "scheduled", startsAt: { gt: now } }, select: { id: true, startsAt: true, status: true } });
  for (const webinar of webinars) await db.$transaction((tx) => scheduleLiveJobs(tx, webinar, now));
  return webinars.length;
}

export const LIVE_SCHEDULE_JOBS = [liveRemindersJob];
