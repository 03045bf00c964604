import { db, type Tx } from "~/platform/db/db.server";
import { createWalkIn, recordAttendance, recordCheckIn } from "../attendance.server";
import { normalizeTicketCode } from "../ticket-code";
import { checkInChangeSchema, type ChangeAnswer, type RefusalReason, type SyncBatch } from "./changes";
import { recordedTime } from "./recorded-time";
import { isUniqueViolation } from "~/platform/db/unique-violation.server";

export type SyncContext = { sessionId: string; trainerId: string; language: string };

type Change = ReturnType<typeof checkInChangeSchema.parse>;
type Of<K extends Change["kind"]> = Extract<Change, { kind: K }>;
type Applied = { answer: ChangeAnswer; registrationId: string | null };

/**
 * Applies a device's batch of changes in order and answers each one
 * (decision 0029). Each change is its own transaction together with the row
 * that records it under the device's id: a change sent again (a retry after
 * a lost answer, another tab of the same device) finds that row and gets the
 * same answer without being applied twice.
 */
export async function applySyncBatch(context: SyncContext, batch: SyncBatch, receivedAt = new Date()): Promise<ChangeAnswer[]> {
  const answers: ChangeAnswer[] = [];
  for (const raw of batch.changes) {
    answers.push(await applyOnce(context, batch, raw, receivedAt));
  }
  return answers;
}

async function applyOnce(context: SyncContext, batch: SyncBatch, raw: { id: string }, receivedAt: Date): Promise<ChangeAnswer> {
  const parsed = checkInChangeSchema.safeParse(raw);
  if (!parsed.success) return refused(raw.id, "invalidChange");
  const change = parsed.data;
  const earlier = await answerGiven(change.id, context.sessionId);
  if (earlier) return earlier;
  try {
    return await db.$transaction(async (tx) => {
      const at = recordedTime(new Date(change.at), new Date(batch.sentAt), receivedAt);
      const { answer, registrationId } = await apply(tx, context, change, at);
      await tx.checkInChange.create({
        data: {
          id: change.id,
          sessionId: context.sessionId,
          deviceId: batch.deviceId,
          trainerId: context.trainerId,
          kind: change.kind,
          registrationId,
          deviceTime: new Date(change.at),
          recordedTime: at,
          outcome: answer.outcome,
          answer: JSON.stringify(withoutName(answer)),
          receivedAt,
        },
      });
      return answer;
    });
  } catch (error) {
    // The same change, sent twice at once: the other transaction recorded it first and this one rolled back.
    if (!isUniqueViolation(error)) throw error;
    const answer = await answerGiven(change.id, context.sessionId);
    if (!answer) throw error;
    return answer;
  }
}

/**
 * The answer already given to this change id; an id used for another
 * session is refused rather than shown. The stored answer holds no name
 * (the person's name lives only on their registration, where deleting an
 * account erases it); it is read again from the registration.
 */
async function answerGiven(id: string, sessionId: string): Promise<ChangeAnswer | null> {
  const stored = await db.checkInChange.findUnique({ where: { id }, select: { sessionId: true, answer: true, registrationId: true } });
  if (!stored) return null;
  if (stored.sessionId !== sessionId) return refused(id, "conflictingId");
  const answer = JSON.parse(stored.answer) as ChangeAnswer;
  if (!stored.registrationId) return answer;
  const registration = await db.registration.findUnique({ where: { id: stored.registrationId }, select: { name: true } });
  return { ...answer, name: registration?.name ?? "" };
}

function withoutName(answer: ChangeAnswer): Omit<ChangeAnswer, "name"> {
  const { name: _name, ...rest } = answer;
  return rest;
}

function apply(tx: Tx, context: SyncContext, change: Change, at: Date): Promise<Applied> {
  switch (change.kind) {
    case "check-in":
      return applyCheckIn(tx, context, change, at);
    case "walk-in":
      return applyWalkIn(tx, context, change, at);
    case "attendance":
      return applyAttendance(tx, context, change, at);
  }
}

/**
 * A scan: the ticket must belong to this session and its registration be
 * confirmed now. A registration cancelled (or moved to the waiting list)
 * before the scan reached the server is refused with that reason, even if
 * the device's roster still showed it confirmed: the trainer sees the
 * refusal and can register the person as a walk-in.
 */
async function applyCheckIn(tx: Tx, context: SyncContext, { id, code: typed }: Of<"check-in">, at: Date): Promise<Applied> {
  const code = normalizeTicketCode(typed);
  if (!code) return { answer: refused(id, "invalidCode"), registrationId: null };
  const registration = await tx.registration.findUnique({ where: { ticketCode: code } });
  if (!registration || registration.sessionId !== context.sessionId) return { answer: refused(id, "unknownCode"), registrationId: null };
  if (registration.status !== "confirmed") {
    const reason = registration.status === "waitlisted" ? "waitlistedTicket" : "cancelledTicket";
    return { answer: refused(id, reason, registration.name), registrationId: registration.id };
  }
  const recorded = await recordCheckIn(tx, registration, at, context.trainerId, "offline");
  const result = recorded.first ? "checkedIn" : "alreadyCheckedIn";
  return { answer: { id, outcome: "accepted", result, name: registration.name, registrationId: registration.id, at: recorded.at.toISOString() }, registrationId: registration.id };
}

async function applyWalkIn(tx: Tx, context: SyncContext, { id, person }: Of<"walk-in">, at: Date): Promise<Applied> {
  const registration = await createWalkIn(tx, context.sessionId, { ...person, email: person.email.toLowerCase(), language: context.language }, context.trainerId, at, "offline");
  return { answer: { id, outcome: "accepted", result: "walkInAdded", name: registration.name, registrationId: registration.id, at: at.toISOString() }, registrationId: registration.id };
}

async function applyAttendance(tx: Tx, context: SyncContext, { id, registrationId, attendance }: Of<"attendance">, at: Date): Promise<Applied> {
  const registration = await tx.registration.findFirst({ where: { id: registrationId, sessionId: context.sessionId } });
  if (!registration) return { answer: refused(id, "notOnRoster"), registrationId: null };
  if (registration.status !== "confirmed") {
    const reason = registration.status === "waitlisted" ? "waitlistedTicket" : "cancelledTicket";
    return { answer: refused(id, reason, registration.name), registrationId: registration.id };
  }
  const saved = await recordAttendance(tx, registration, attendance, at, context.trainerId, "offline");
  return { answer: { id, outcome: "accepted", result: saved ? "attendanceSaved" : "attendanceSuperseded", name: registration.name, registrationId: registration.id }, registrationId: registration.id };
}

function refused(id: string, reason: RefusalReason, name?: string): ChangeAnswer {
  return name === undefined ? { id, outcome: "refused", reason } : { id, outcome: "refused", reason, name };
}
