import { randomBytes } from "node:crypto";
import { recordAudit } from "~/platform/audit/audit-log.server";
import { canTrain } from "~/platform/access/roles";
import type { Language } from "~/platform/i18n/languages";
import { db } from "~/platform/db/db.server";
import { localized } from "~/platform/i18n/localized";
import type { LiveInput } from "./live-form";
import { scheduleLiveJobs } from "./live-schedule-jobs.server";
import { isLiveStatus, type LiveStatus } from "./vocabulary";

type Actor = { id: string; role: string };

/** A stream key: 128 random bits, URL- and RTMP-safe. */
export function newStreamKey(): string {
  return randomBytes(16).toString("hex");
}

/** A readable, unique key such as `live-toys-20270316-4f2a9c`. */
function liveCode(input: LiveInput): string {
  return `live-${input.category}-${input.startsAt.toISOString().slice(0, 10).replace(/-/g, "")}-${randomBytes(3).toString("hex")}`;
}

/**
 * Creates a live webinar with its secret stream key; the trainer who creates
 * it hosts it. Audited, and its reminders scheduled, in the same transaction.
 */
export async function createLiveWebinar(input: LiveInput, actor: Actor, now = new Date()) {
  return db.$transaction(async (tx) => {
    const webinar = await tx.liveWebinar.create({
      data: { ...input, code: liveCode(input), streamKey: newStreamKey(), trainers: { create: { userId: actor.id } } },
    });
    await recordAudit({ actorId: actor.id, action: "live.create", targetType: "live", targetId: webinar.id, details: { title: webinar.titleEn } }, tx);
    await scheduleLiveJobs(tx, webinar, now);
    return webinar;
  });
}

export async function requireLiveWebinar(id: string | undefined) {
  const webinar = id && id.length <= 40 ? await db.liveWebinar.findUnique({ where: { id } }) : null;
  if (!webinar) throw new Response("Not Found", { status: 404 });
  return webinar;
}

export type LiveWebinarRow = Awaited<ReturnType<typeof requireLiveWebinar>>;

/**
 * A live webinar a trainer may manage: one they host, or any for an admin.
 * Others get 404 (the stream key is theirs only).
 */
export async function requireHostedLiveWebinar(id: string | undefined, user: Actor) {
  const webinar = await requireLiveWebinar(id);
  if (user.role === "admin") return webinar;
  const hosts = canTrain(user.role) ? await db.liveWebinarTrainer.findUnique({ where: { webinarId_userId: { webinarId: webinar.id, userId: user.id } } }) : null;
  if (!hosts) throw new Response("Not Found", { status: 404 });
  return webinar;
}

/** Whether registration is still possible: before the planned end, not cancelled, seats left. */
export function registrationState(webinar: { status: string; endsAt: Date; capacity: number | null; registeredCount: number }, now: Date) {
  if (webinar.status === "cancelled") return "cancelled" as const;
  if (webinar.status === "ended" || webinar.endsAt <= now) return "ended" as const;
  if (webinar.capacity !== null && webinar.registeredCount >= webinar.capacity) return "full" as const;
  return "open" as const;
}

/** What the public pages show about a live webinar, in one language. Times stay instants; the page formats them. */
export function liveSummary(webinar: LiveWebinarRow, language: Language, now: Date) {
  const status: LiveStatus = isLiveStatus(webinar.status) ? webinar.status : "scheduled";
  return {
    id: webinar.id,
    title: localized(webinar, "title", language),
    description: localized(webinar, "description", language),
    speakers: webinar.speakers.split("\n").map((line) => line.trim()).filter(Boolean),
    category: webinar.category,
    startsAt: webinar.startsAt.toISOString(),
    endsAt: webinar.endsAt.toISOString(),
    status,
    registrationRequired: webinar.registrationRequired,
    capacity: webinar.capacity,
    seatsLeft: webinar.capacity === null ? null : Math.max(0, webinar.capacity - webinar.registeredCount),
    registration: registrationState(webinar, now),
  };
}

/** Live webinars not yet over, soonest first: what "Upcoming live" lists. */
export async function upcomingLiveWebinars(language: Language, now = new Date()) {
  const rows = await db.liveWebinar.findMany({
    where: { status: { in: ["scheduled", "live"] }, endsAt: { gt: now } },
    orderBy: { startsAt: "asc" },
    take: 20,
  });
  return rows.map((row) => liveSummary(row, language, now));
}

/** The live webinars a trainer hosts (all of them for an admin), newest first. */
export async function hostedLiveWebinars(user: Actor, language: Language) {
  const rows = await db.liveWebinar.findMany({
    where: user.role === "admin" ? {} : { trainers: { some: { userId: user.id } } },
    orderBy: { startsAt: "desc" },
    take: 100,
  });
  return rows.map((row) => ({ id: row.id, title: localized(row, "title", language), startsAt: row.startsAt.toISOString(), status: row.status, registered: row.registeredCount }));
}
