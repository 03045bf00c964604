import { issueCertificate } from "~/features/certificates/issue.server";
import { recordAudit } from "~/platform/audit/audit-log.server";
import { db, type Tx } from "~/platform/db/db.server";
import { newTicketCode, normalizeTicketCode } from "./ticket-code.server";
import type { Attendance } from "./vocabulary";

export type CheckInResult =
  | { kind: "checkedIn" | "alreadyCheckedIn"; name: string; at: Date }
  | { kind: "cancelledTicket" | "waitlistedTicket"; name: string }
  | { kind: "invalidCode" | "unknownCode" };

/**
 * Checks a ticket in. Idempotent: scanning the same ticket again reports
 * when it was first checked in instead of failing (a conditional update, so
 * two simultaneous scans record one check-in).
 */
export async function checkIn(sessionId: string, rawCode: string, trainerId: string, now = new Date()): Promise<CheckInResult> {
  const code = normalizeTicketCode(rawCode);
  if (!code) return { kind: "invalidCode" };
  const registration = await db.registration.findUnique({ where: { ticketCode: code } });
  if (!registration || registration.sessionId !== sessionId) return { kind: "unknownCode" };
  if (registration.status === "cancelled") return { kind: "cancelledTicket", name: registration.name };
  if (registration.status === "waitlisted") return { kind: "waitlistedTicket", name: registration.name };
  const updated = await db.$transaction(async (tx) => {
    const result = await tx.registration.updateMany({
      where: { id: registration.id, checkedInAt: null },
      data: { checkedInAt: now, attendance: "present", attendanceBy: trainerId },
    });
    if (result.count === 1) await issueAttendanceCertificate(tx, registration.userId, sessionId, now);
    if (result.count === 1) await auditAttendance(tx, registration.id, sessionId, "present", trainerId, "check-in");
    return result;
  });
  if (updated.count === 1) return { kind: "checkedIn", name: registration.name, at: now };
  const current = await db.registration.findUniqueOrThrow({ where: { id: registration.id }, select: { checkedInAt: true } });
  return { kind: "alreadyCheckedIn", name: registration.name, at: current.checkedInAt ?? now };
}

/** Sets a confirmed attendee's status; present or late also records the check-in time if missing. */
export async function setAttendance(sessionId: string, registrationId: string, attendance: Attendance | null, trainerId: string, now = new Date()) {
  const registration = await db.registration.findFirst({ where: { id: registrationId, sessionId, status: "confirmed" } });
  if (!registration) return null;
  const attended = attendance === "present" || attendance === "late";
  return db.$transaction(async (tx) => {
    const updated = await tx.registration.update({
      where: { id: registration.id },
      data: { attendance, attendanceBy: trainerId, checkedInAt: attended ? (registration.checkedInAt ?? now) : null },
    });
    if (attended) await issueAttendanceCertificate(tx, registration.userId, sessionId, updated.checkedInAt ?? now);
    await auditAttendance(tx, registration.id, sessionId, attendance, trainerId, "roster");
    return updated;
  });
}

/**
 * Attending (present or late) earns the training's certificate. Walk-ins
 * without an account have nobody to hold one. A certificate already issued
 * stays when attendance is corrected later; an admin can revoke it.
 */
function issueAttendanceCertificate(tx: Tx, userId: string | null, sessionId: string, attendedAt: Date) {
  if (!userId) return null;
  return issueCertificate(tx, { userId, type: "training", achievementId: sessionId, completedOn: attendedAt });
}

function auditAttendance(tx: Tx, registrationId: string, sessionId: string, attendance: Attendance | null, trainerId: string, via: "check-in" | "roster") {
  return recordAudit(
    { actorId: trainerId, action: "registration.attendance", targetType: "registration", targetId: registrationId, details: { sessionId, attendance, via } },
    tx,
  );
}

export type WalkIn = { name: string; email: string; company: string; phone: string; jobRole: string; language: string };

/**
 * Registers a person at the door, checked in as present. A walk-in takes a
 * seat too (the count may pass capacity: the person is already in the room).
 */
export async function registerWalkIn(sessionId: string, person: WalkIn, trainerId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    await tx.trainingSession.update({ where: { id: sessionId }, data: { confirmedCount: { increment: 1 } } });
    const registration = await tx.registration.create({
      data: {
        sessionId,
        ...person,
        interests: "[]",
        status: "confirmed",
        walkIn: true,
        ticketCode: newTicketCode(),
        confirmedAt: now,
        checkedInAt: now,
        attendance: "present",
        attendanceBy: trainerId,
      },
    });
    await recordAudit(
      { actorId: trainerId, action: "registration.walk-in", targetType: "registration", targetId: registration.id, details: { sessionId, name: person.name } },
      tx,
    );
    return registration;
  });
}

/** The roster, searchable by name, company, email or ticket code. */
export async function roster(sessionId: string, query: string) {
  const q = query.trim();
  const code = normalizeTicketCode(q);
  return db.registration.findMany({
    where: {
      sessionId,
      ...(q
        ? {
            OR: [
              { name: { contains: q } },
              { company: { contains: q } },
              { email: { contains: q.toLowerCase() } },
              { ticketCode: { contains: code ?? q.toUpperCase() } },
            ],
          }
        : {}),
    },
    orderBy: [{ status: "asc" }, { name: "asc" }],
  });
}

export async function rosterCounts(sessionId: string) {
  const [confirmed, waitlisted, attended] = await Promise.all([
    db.registration.count({ where: { sessionId, status: "confirmed" } }),
    db.registration.count({ where: { sessionId, status: "waitlisted" } }),
    db.registration.count({ where: { sessionId, status: "confirmed", attendance: { in: ["present", "late"] } } }),
  ]);
  return { confirmed, waitlisted, attended };
}
