import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { db } from "~/platform/db/db.server";
import { env } from "~/platform/runtime/env.server";
import { readOrCreateSecret } from "~/platform/runtime/secret-file.server";
import { queueAttendanceCertificates } from "./attendance-certificates.server";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** A host may start publishing this long before the planned start… */
export const PUBLISH_EARLY = 2 * HOUR;
/** …and until this long after the planned end; after that the key has expired. */
export const PUBLISH_LATE = 2 * HOUR;
/** A broadcast that dropped may resume within this time (the encoder reconnecting). */
export const RESUME_WITHIN = 10 * MINUTE;

let secret: string | undefined;

/** The secret shared with the ingest server (scripts/live-ingest.sh reads the same file when LIVE_INGEST_SECRET is unset). */
export function ingestSecret(): string {
  secret ??= env.LIVE_INGEST_SECRET ?? readOrCreateSecret("live-ingest-secret", () => randomBytes(24).toString("base64url"));
  return secret;
}

/** Whether a callback carries the shared secret, i.e. comes from our ingest server. */
export function isFromIngest(given: string | null): boolean {
  const expected = Buffer.from(ingestSecret());
  const actual = Buffer.from(given ?? "");
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

export type PublishDecision = { ok: true; webinarId: string } | { ok: false; reason: "unknownKey" | "cancelled" | "tooEarly" | "expired" | "ended" };

/**
 * Whether a stream key may publish now: a known key of a webinar not
 * cancelled, from two hours before its start to two hours after its planned
 * end, and not after it ended (unless the broadcast dropped moments ago).
 */
export async function decidePublish(streamKey: string, now = new Date()): Promise<PublishDecision> {
  const webinar = streamKey && streamKey.length <= 100 ? await db.liveWebinar.findUnique({ where: { streamKey } }) : null;
  if (!webinar) return { ok: false, reason: "unknownKey" };
  if (webinar.status === "cancelled") return { ok: false, reason: "cancelled" };
  if (now.getTime() < webinar.startsAt.getTime() - PUBLISH_EARLY) return { ok: false, reason: "tooEarly" };
  if (now.getTime() > webinar.endsAt.getTime() + PUBLISH_LATE) return { ok: false, reason: "expired" };
  if (webinar.status === "ended" && (!webinar.liveEndedAt || now.getTime() - webinar.liveEndedAt.getTime() > RESUME_WITHIN)) return { ok: false, reason: "ended" };
  return { ok: true, webinarId: webinar.id };
}

/** The relayed stream began: the webinar is live (its first start is kept). */
export async function markLive(webinarId: string, now = new Date()): Promise<boolean> {
  const webinar = await db.liveWebinar.findUnique({ where: { id: webinarId }, select: { liveStartedAt: true, status: true } });
  if (!webinar || webinar.status === "cancelled") return false;
  await db.liveWebinar.update({ where: { id: webinarId }, data: { status: "live", liveStartedAt: webinar.liveStartedAt ?? now, liveEndedAt: null } });
  return true;
}

/**
 * Publishing stopped: the webinar has ended, and its certificates of
 * attendance are queued in the same transaction. A second "ended" for the
 * same end (a repeated callback) changes nothing.
 */
export async function markEnded(webinarId: string, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const ended = await tx.liveWebinar.updateMany({ where: { id: webinarId, status: "live" }, data: { status: "ended", liveEndedAt: now } });
    if (ended.count > 0) await queueAttendanceCertificates(tx, webinarId, now);
  });
}

/** Viewers may fetch the stream until three hours after the planned end. */
const PLAYBACK_VALID_AFTER_END = 3 * HOUR;

/**
 * A signed playback URL for one webinar's HLS playlist, in nginx's
 * secure_link form (MD5 of "<expires>/<id> <secret>", base64url): the media
 * server checks it for the playlist and every segment without asking the app.
 */
export function playbackUrl(webinar: { id: string; endsAt: Date }): string {
  const expires = Math.floor((webinar.endsAt.getTime() + PLAYBACK_VALID_AFTER_END) / 1000);
  const signature = createHash("md5").update(`${expires}/${webinar.id} ${ingestSecret()}`).digest("base64url");
  return `${env.LIVE_PLAYBACK_URL.replace(/\/+$/, "")}/${signature}/${expires}/${webinar.id}/index.m3u8`;
}
