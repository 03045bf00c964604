import { randomBytes } from "node:crypto";
import { recordAudit } from "~/platform/audit/audit-log.server";
import { db } from "~/platform/db/db.server";
import { promoteNext } from "~/features/trainings/registration.server";
import { monthKey } from "~/features/trainings/schedule";
import { scheduleTrainingJobs } from "~/features/trainings/training-schedule-jobs.server";
import type { TrainingSessionInput } from "./parse-session-form";

type Actor = { id: string; role: string };

function sessionData(input: TrainingSessionInput) {
  const { languages, organizers, ...fields } = input;
  return { ...fields, languages: JSON.stringify(languages), organizers: JSON.stringify(organizers) };
}

/** A readable, unique key such as `ningbo-toys-2027-03-4f2a9c`. */
function sessionCode(input: TrainingSessionInput): string {
  const city = input.cityEn.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "session";
  return `${city}-${input.category}-${monthKey(input.startsAt, input.timeZone)}-${randomBytes(3).toString("hex")}`;
}

/**
 * Creates a session; a trainer who creates one runs it. Audited, and its
 * reminders and follow-up scheduled, in the same transaction.
 */
export async function createTrainingSession(input: TrainingSessionInput, actor: Actor, now = new Date()) {
  return db.$transaction(async (tx) => {
    const session = await tx.trainingSession.create({
      data: {
        ...sessionData(input),
        code: sessionCode(input),
        trainers: actor.role === "trainer" ? { create: { userId: actor.id } } : undefined,
      },
    });
    await recordAudit({ actorId: actor.id, action: "session.create", targetType: "session", targetId: session.id, details: { title: session.titleEn } }, tx);
    await scheduleTrainingJobs(tx, session, now);
    return session;
  });
}

export type UpdateOutcome = { ok: true; promoted: string[] } | { ok: false; reason: "capacityBelowConfirmed"; confirmed: number } | { ok: false; reason: "cancelled" };

/**
 * Saves a session's fields. The capacity is checked against the confirmed
 * seats inside the write (a registration between form and save cannot be
 * overbooked), and seats added to a full session go to the waiting list in
 * queue order (each promoted person's mail is queued with it). Reminders and
 * the follow-up move with the session's times.
 */
export async function updateTrainingSession(sessionId: string, input: TrainingSessionInput, actor: Actor, now = new Date()): Promise<UpdateOutcome> {
  return db.$transaction(async (tx) => {
    const before = await tx.trainingSession.findUniqueOrThrow({ where: { id: sessionId } });
    if (before.status === "cancelled") return { ok: false as const, reason: "cancelled" as const };
    const saved = await tx.trainingSession.updateMany({
      where: { id: sessionId, confirmedCount: { lte: input.capacity } },
      data: sessionData(input),
    });
    if (saved.count === 0) return { ok: false as const, reason: "capacityBelowConfirmed" as const, confirmed: before.confirmedCount };
    const promoted: string[] = [];
    for (let id = await promoteNext(tx, sessionId, now); id; id = await promoteNext(tx, sessionId, now)) promoted.push(id);
    await scheduleTrainingJobs(tx, { id: sessionId, status: before.status, startsAt: input.startsAt, endsAt: input.endsAt }, now);
    const data = sessionData(input) as Record<string, unknown>;
    const changed = Object.keys(data).filter((key) => String(data[key]) !== String((before as Record<string, unknown>)[key]));
    await recordAudit({ actorId: actor.id, action: "session.update", targetType: "session", targetId: sessionId, details: { changed, promoted: promoted.length } }, tx);
    return { ok: true as const, promoted };
  });
}
