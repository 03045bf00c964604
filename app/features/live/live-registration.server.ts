import { db, type Tx } from "~/platform/db/db.server";
import { queueLiveConfirmation } from "./live-mail-jobs.server";
import { registrationState } from "./live-webinars.server";
import { isUniqueViolation } from "~/platform/db/unique-violation.server";

export type LiveRegistrant = { name: string; email: string; language: string };

export type LiveRegisterOutcome = { ok: true; registrationId: string } | { ok: false; reason: "notFound" | "alreadyRegistered" | "full" | "ended" | "cancelled" };

/** One atomic statement: true when a place was free (or there is no limit) and is now taken. */
async function takePlace(tx: Tx, webinarId: string): Promise<boolean> {
  const taken = await tx.liveWebinar.updateMany({
    where: { id: webinarId, OR: [{ capacity: null }, { registeredCount: { lt: tx.liveWebinar.fields.capacity } }] },
    data: { registeredCount: { increment: 1 } },
  });
  return taken.count === 1;
}

/**
 * Registers a user for a live webinar in one transaction: a place is taken by
 * one conditional UPDATE (never more registrants than the capacity), a
 * cancelled registration is reopened, and the confirmation mail (calendar
 * file, personal join link) is queued with it.
 */
export async function registerForLive(webinarId: string, userId: string, registrant: LiveRegistrant, now = new Date()): Promise<LiveRegisterOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      const webinar = await tx.liveWebinar.findUnique({ where: { id: webinarId } });
      if (!webinar) return { ok: false as const, reason: "notFound" as const };
      const state = registrationState(webinar, now);
      const existing = await tx.liveRegistration.findUnique({ where: { webinarId_userId: { webinarId, userId } } });
      if (existing && existing.status !== "cancelled") return { ok: false as const, reason: "alreadyRegistered" as const };
      if (state === "cancelled" || state === "ended") return { ok: false as const, reason: state };
      if (!(await takePlace(tx, webinarId))) return { ok: false as const, reason: "full" as const };
      const fields = { ...registrant, status: "registered", cancelledAt: null };
      const registration = existing
        ? await tx.liveRegistration.update({ where: { id: existing.id }, data: fields })
        : await tx.liveRegistration.create({ data: { ...fields, webinarId, userId } });
      await queueLiveConfirmation(tx, registration, now);
      return { ok: true as const, registrationId: registration.id };
    });
  } catch (error) {
    // A concurrent second registration of the same user hits the unique key.
    if (isUniqueViolation(error)) return { ok: false, reason: "alreadyRegistered" };
    throw error;
  }
}

/** Cancels a user's registration and frees its place; reminders not yet sent are then skipped. */
export async function cancelLiveRegistration(webinarId: string, userId: string, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const cancelled = await tx.liveRegistration.updateMany({ where: { webinarId, userId, status: "registered" }, data: { status: "cancelled", cancelledAt: now } });
    if (cancelled.count === 0) return false;
    await tx.liveWebinar.update({ where: { id: webinarId }, data: { registeredCount: { decrement: 1 } } });
    return true;
  });
}

export async function findLiveRegistration(webinarId: string, userId: string) {
  return db.liveRegistration.findUnique({ where: { webinarId_userId: { webinarId, userId } } });
}
