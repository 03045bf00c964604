import { containsText } from "~/platform/db/text-match.server";
import { issueCertificate } from "~/features/certificates/issue.server";
import { recordAudit } from "~/platform/audit/audit-log.server";
import { db, type Tx } from "~/platform/db/db.server";
import { normalizeTicketCode } from "./ticket-code";
import { newTicketCode } from "./ticket-code.server";
import type { Attendance } from "./vocabulary";

export type CheckInResult =
  | { kind: "checkedIn" | "alreadyCheckedIn"; name: string; at: Date }
  | { kind: "cancelledTicket" | "waitlistedTicket"; name: string }
  | { kind: "invalidCode" | "unknownCode" };

export type CheckInVia = "check-in" | "roster" | "offline";

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
  const recorded = await db.$transaction((tx) => recordCheckIn(tx, registration, now, trainerId, "check-in"));
  return { kind: recorded.first ? "checkedIn" : "alreadyCheckedIn", name: registration.name, at: recorded.at };
}

type Attendee = { id: string; sessionId: string; userId: string | null };

/**
 * Records that a confirmed attendee came in at `at`, keeping the earliest
 * time when devices report the same person more than once (each write is
 * conditional, so concurrent reports converge on the earliest whatever order
 * they commit in). The first check-in sets them present, issues the
 * training's certificate and is audited; an earlier time from another
 * device only moves the time. Returns the time now on record.
 */
export async function recordCheckIn(tx: Tx, registration: Attendee, at: Date, trainerId: string, via: CheckInVia): Promise<{ first: boolean; at: Date }> {
  const first = await tx.registration.updateMany({
    where: { id: registration.id, checkedInAt: null },
    data: { checkedInAt: at, attendance: "present", attendanceAt: at, attendanceBy: trainerId },
  });
  if (first.count === 1) {
    await issueAttendanceCertificate(tx, registration.userId, registration.sessionId, at);
    await auditAttendance(tx, registration.id, registration.sessionId, "present", trainerId, via);
    return { first: true, at };
  }
  await tx.registration.updateMany({ where: { id: registration.id, checkedInAt: { gt: at } }, data: { checkedInAt: at } });
  const current = await tx.registration.findUniqueOrThrow({ where: { id: registration.id }, select: { checkedInAt: true } });
  return { first: false, at: current.checkedInAt ?? at };
}

/** Sets a confirmed attendee's status; present or late also records the check-in time if missing. */
export async function setAttendance(sessionId: string, registrationId: string, attendance: Attendance | null, trainerId: string, now = new Date()) {
  const registration = await db.registration.findFirst({ where: { id: registrationId, sessionId, status: "confirmed" } });
  if (!registration) return null;
  return db.$transaction(async (tx) => {
    await recordAttendance(tx, registration, attendance, now, trainerId, "roster");
    return tx.registration.findUniqueOrThrow({ where: { id: registration.id } });
  });
}

/**
 * Sets an attendee's status as of `at`. The later change wins: a change
 * older than the one on record (an offline device syncing late) is not
 * applied and `false` is returned. Present or late also records the
 * check-in time if missing and issues the certificate.
 */
export async function recordAttendance(tx: Tx, registration: Attendee, attendance: Attendance | null, at: Date, trainerId: string, via: CheckInVia) {
  const attended = attendance === "present" || attendance === "late";
  const current = await tx.registration.findUniqueOrThrow({ where: { id: registration.id }, select: { checkedInAt: true } });
  const checkedInAt = attended ? (current.checkedInAt ?? at) : null;
  const updated = await tx.registration.updateMany({
    where: { id: registration.id, OR: [{ attendanceAt: null }, { attendanceAt: { lte: at } }] },
    data: { attendance, attendanceAt: at, attendanceBy: trainerId, checkedInAt },
  });
  if (updated.count === 0) return false;
  if (attended) await issueAttendanceCertificate(tx, registration.userId, registration.sessionId, checkedInAt ?? at);
  await auditAttendance(tx, registration.id, registration.sessionId, attendance, trainerId, via);
  return true;
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

function auditAttendance(tx: Tx, registrationId: string, sessionId: string, attendance: Attendance | null, trainerId: string, via: CheckInVia) {
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
  return db.$transaction((tx) => createWalkIn(tx, sessionId, person, trainerId, now, "roster"));
}

/** A walk-in inside a transaction the caller holds (the roster's form, or an offline device's sync). */
export async function createWalkIn(tx: Tx, sessionId: string, person: WalkIn, trainerId: string, at: Date, via: CheckInVia) {
  await tx.trainingSession.update({ where: { id: sessionId }, data: { confirmedCount: { increment: 1 } } });
  const registration = await tx.registration.create({
    data: {
      sessionId,
      ...person,
      interests: "[]",
      status: "confirmed",
      walkIn: true,
      ticketCode: newTicketCode(),
      confirmedAt: at,
      checkedInAt: at,
      attendance: "present",
      attendanceAt: at,
      attendanceBy: trainerId,
    },
  });
  await recordAudit(
    { actorId: trainerId, action: "registration.walk-in", targetType: "registration", targetId: registration.id, details: { sessionId, name: person.name, via } },
    tx,
  );
  return registration;
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
              { name: containsText(q) },
              { company: containsText(q) },
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
