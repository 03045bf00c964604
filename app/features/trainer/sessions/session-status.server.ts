import { recordAudit } from "~/features/audit/audit-log.server";
import { db } from "~/features/server/db.server";
import { sendRegistrationMail } from "~/features/trainings/training-mails.server";

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

export type CancelSessionOutcome = { ok: true; notified: number; failed: number } | { ok: false };

/**
 * Cancels a session and mails everyone confirmed or waiting, each in the
 * language they registered in. The status change and its audit entry are one
 * transaction; the mails go out after it commits (a mail cannot be rolled back).
 */
export async function cancelSession(sessionId: string, actor: Actor): Promise<CancelSessionOutcome> {
  const recipients = await db.$transaction(async (tx) => {
    const changed = await tx.trainingSession.updateMany({ where: { id: sessionId, status: { not: "cancelled" } }, data: { status: "cancelled" } });
    if (changed.count === 0) return null;
    const registrations = await tx.registration.findMany({
      where: { sessionId, status: { in: ["confirmed", "waitlisted"] } },
      select: { id: true },
      orderBy: { queuedAt: "asc" },
    });
    await recordAudit({ actorId: actor.id, action: "session.cancel", targetType: "session", targetId: sessionId, details: { notified: registrations.length } }, tx);
    return registrations;
  });
  if (!recipients) return { ok: false };
  let failed = 0;
  for (const registration of recipients) {
    if (!(await sendRegistrationMail(registration.id, "sessionCancelled"))) failed += 1;
  }
  return { ok: true, notified: recipients.length - failed, failed };
}
