import { recordAudit } from "~/platform/audit/audit-log.server";
import { db } from "~/platform/db/db.server";
import { enqueueJobs } from "~/platform/jobs/enqueue.server";
import { registrationTarget, trainingSessionCancelledMail } from "~/features/trainings/training-mail-jobs.server";
import { scheduleTrainingJobs } from "~/features/trainings/training-schedule-jobs.server";

type Actor = { id: string };

/**
 * Closes or reopens registration. Only an open session can close and only a
 * closed one reopen (a cancelled session stays cancelled); false when the
 * session was not in that state.
 */
export async function setRegistrationOpen(sessionId: string, open: boolean, actor: Actor): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const changed = await tx.trainingSession.updateMany({
      where: { id: sessionId, status: open ? "closed" : "open" },
      data: { status: open ? "open" : "closed" },
    });
    if (changed.count === 0) return false;
    await recordAudit({ actorId: actor.id, action: open ? "session.reopen" : "session.close", targetType: "session", targetId: sessionId }, tx);
    return true;
  });
}

export type CancelTrainingSessionOutcome = { ok: true; queued: number } | { ok: false };

/** The bulk action whose mails show as one progress bar. */
export const cancellationBatch = (sessionId: string) => `session-cancel:${sessionId}`;

/**
 * Cancels a session. In one transaction: the status, its audit entry, one
 * cancellation mail job for everyone confirmed or waiting (each mailed in the
 * language they registered in) and the end of its scheduled reminders. The
 * request answers at once; workers send the mails, and the page shows how
 * many have gone.
 */
export async function cancelTrainingSession(sessionId: string, actor: Actor, now = new Date()): Promise<CancelTrainingSessionOutcome> {
  return db.$transaction(async (tx) => {
    const changed = await tx.trainingSession.updateMany({ where: { id: sessionId, status: { not: "cancelled" } }, data: { status: "cancelled" } });
    if (changed.count === 0) return { ok: false as const };
    const session = await tx.trainingSession.findUniqueOrThrow({ where: { id: sessionId } });
    const registrations = await tx.registration.findMany({
      where: { sessionId, status: { in: ["confirmed", "waitlisted"] }, email: { not: "" } },
      select: { id: true, email: true },
      orderBy: { queuedAt: "asc" },
    });
    await enqueueJobs(
      tx,
      trainingSessionCancelledMail,
      registrations.map((registration) => ({
        payload: { registrationId: registration.id },
        options: { runAt: now, recipient: registration.email, target: registrationTarget(registration.id), batch: cancellationBatch(sessionId) },
      })),
    );
    await scheduleTrainingJobs(tx, session, now);
    await recordAudit({ actorId: actor.id, action: "session.cancel", targetType: "session", targetId: sessionId, details: { notified: registrations.length } }, tx);
    return { ok: true as const, queued: registrations.length };
  });
}
