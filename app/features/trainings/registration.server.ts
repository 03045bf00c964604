import { db, type Tx } from "~/platform/db/db.server";
import { engineSql } from "~/platform/db/engine-sql.server";
import { newTicketCode } from "./ticket-code.server";
import { queueRegistrationMail } from "./training-mail-jobs.server";
import { isUniqueViolation } from "~/platform/db/unique-violation.server";

export type RegistrationDetails = {
  name: string;
  email: string;
  company: string;
  jobRole: string;
  phone: string;
  interests: string[];
  needs: string;
  language: string;
};

export type RegisterOutcome =
  | { ok: true; registrationId: string; status: "confirmed" | "waitlisted" }
  | { ok: false; reason: "notFound" | "alreadyRegistered" | "deadlinePassed" | "cancelled" | "closed" };

/**
 * Registers a user in one transaction. A seat is taken by a single
 * conditional UPDATE (confirmedCount < capacity), so the session can never be
 * oversold; when it is full the registration joins the waiting list, in
 * arrival order. A cancelled registration is reopened rather than duplicated.
 * The mail that tells the person so is queued in the same transaction.
 * The session's row is locked first, so registrations and cancellations of
 * one session run one after another on PostgreSQL too, and the place in the
 * queue is stamped after the lock (unless the caller fixes `at`): the queue's
 * order is the order in which the database took the registrations, across
 * processes and nodes.
 */
export async function registerForTrainingSession(sessionId: string, userId: string, details: RegistrationDetails, at?: Date): Promise<RegisterOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      await lockSession(tx, sessionId);
      const now = at ?? new Date();
      const session = await tx.trainingSession.findUnique({ where: { id: sessionId } });
      if (!session) return { ok: false as const, reason: "notFound" as const };
      if (session.status === "cancelled") return { ok: false as const, reason: "cancelled" as const };
      if (session.status === "closed") return { ok: false as const, reason: "closed" as const };
      if (session.registrationDeadline <= now) return { ok: false as const, reason: "deadlinePassed" as const };

      const existing = await tx.registration.findUnique({ where: { sessionId_userId: { sessionId, userId } } });
      if (existing && existing.status !== "cancelled") return { ok: false as const, reason: "alreadyRegistered" as const };

      const seated = await takeSeat(tx, sessionId);
      const status = seated ? ("confirmed" as const) : ("waitlisted" as const);
      const fields = {
        ...details,
        interests: JSON.stringify(details.interests),
        status,
        consentAt: now,
        queuedAt: now,
        confirmedAt: seated ? now : null,
        cancelledAt: null,
        attendance: null,
        checkedInAt: null,
      };
      const registration = existing
        ? await tx.registration.update({ where: { id: existing.id }, data: { ...fields, ticketCode: newTicketCode() } })
        : await tx.registration.create({ data: { ...fields, sessionId, userId, ticketCode: newTicketCode() } });
      await queueRegistrationMail(tx, registration, status, now);
      return { ok: true as const, registrationId: registration.id, status };
    });
  } catch (error) {
    // A concurrent duplicate registration of the same user hits the unique key.
    if (isUniqueViolation(error)) return { ok: false, reason: "alreadyRegistered" };
    throw error;
  }
}

/**
 * Holds the session's row until the transaction ends (a no-op on SQLite, whose
 * transactions already hold the write lock). Whoever reads a session's seats
 * and waiting list to change them takes this first.
 */
export function lockSession(tx: Tx, sessionId: string): Promise<void> {
  return engineSql.lockRow(tx, "TrainingSession", sessionId);
}

/** One atomic statement: true when a seat was free and is now taken. */
async function takeSeat(tx: Tx, sessionId: string): Promise<boolean> {
  const taken = await tx.trainingSession.updateMany({
    where: { id: sessionId, confirmedCount: { lt: tx.trainingSession.fields.capacity } },
    data: { confirmedCount: { increment: 1 } },
  });
  return taken.count === 1;
}

export type CancelOutcome = { ok: true; promotedRegistrationId: string | null } | { ok: false; reason: "notFound" };

/**
 * Cancels a registration; a freed seat goes to the first person waiting, in
 * the same transaction.
 */
export async function cancelRegistration(registrationId: string, now = new Date()): Promise<CancelOutcome> {
  return db.$transaction((tx) => cancelRegistrationIn(tx, registrationId, now));
}

/** `cancelRegistration` inside a caller's transaction (e.g. deleting an account cancels its places). */
export async function cancelRegistrationIn(tx: Tx, registrationId: string, now: Date): Promise<CancelOutcome> {
  const registration = await tx.registration.findUnique({ where: { id: registrationId } });
  if (!registration) return { ok: false as const, reason: "notFound" as const };
  await lockSession(tx, registration.sessionId);
  const current = await tx.registration.findUnique({ where: { id: registrationId } });
  if (!current || current.status === "cancelled") return { ok: false as const, reason: "notFound" as const };
  await tx.registration.update({ where: { id: registrationId }, data: { status: "cancelled", cancelledAt: now } });
  if (current.status !== "confirmed") return { ok: true as const, promotedRegistrationId: null };
  await tx.trainingSession.update({ where: { id: registration.sessionId }, data: { confirmedCount: { decrement: 1 } } });
  return { ok: true as const, promotedRegistrationId: await promoteNext(tx, registration.sessionId, now) };
}

/**
 * Gives the next free seat to the first person waiting and queues the mail
 * that tells them; the id of the promoted registration, if any.
 */
export async function promoteNext(tx: Tx, sessionId: string, now: Date): Promise<string | null> {
  await lockSession(tx, sessionId);
  const next = await tx.registration.findFirst({
    where: { sessionId, status: "waitlisted" },
    orderBy: [{ queuedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  if (!next || !(await takeSeat(tx, sessionId))) return null;
  await tx.registration.update({ where: { id: next.id }, data: { status: "confirmed", confirmedAt: now } });
  await queueRegistrationMail(tx, next, "promoted", now);
  return next.id;
}

export async function findUserRegistration(sessionId: string, userId: string) {
  return db.registration.findUnique({ where: { sessionId_userId: { sessionId, userId } } });
}
