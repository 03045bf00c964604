import { z } from "zod";
import { issueCertificate } from "~/features/certificates/issue.server";
import { db, type Tx } from "~/platform/db/db.server";
import { defineJob } from "~/platform/jobs/define-job.server";
import { enqueueJobOnce } from "~/platform/jobs/enqueue.server";
import { broadcastSeconds } from "./attendance.server";

/**
 * How long after the end the certificates are awarded: players send their
 * last heartbeat within 15 s of the stream stopping, and that beat still
 * counts (attendance.server.ts), so wait for it.
 */
export const AWARD_DELAY_MS = 20_000;

/** Whether watching `seconds` of a broadcast of `liveSeconds` reaches `sharePercent` of it (integers, no rounding at the edge). */
export function reachesShare(seconds: number, liveSeconds: number, sharePercent: number): boolean {
  return seconds * 100 >= sharePercent * liveSeconds;
}

type EndedWebinar = { id: string; liveStartedAt: Date | null; liveEndedAt: Date | null; startsAt: Date; endsAt: Date; registrationRequired: boolean; attendanceShare: number };

/**
 * Who earned a certificate of attendance, with their minutes: registrants
 * (and, for an open webinar, every signed-in viewer) whose time watched live
 * reaches the webinar's share. Someone counted twice (signed in and by their
 * join link, say on two devices at once) gets the longer of the two.
 */
export async function attendanceEarners(webinar: EndedWebinar): Promise<{ userId: string; seconds: number }[]> {
  const [rows, registrations] = await Promise.all([
    db.liveAttendance.findMany({ where: { webinarId: webinar.id }, select: { viewerKey: true, secondsWatched: true }, take: 100_000 }),
    db.liveRegistration.findMany({ where: { webinarId: webinar.id, status: "registered" }, select: { id: true, userId: true } }),
  ]);
  const userOfRegistration = new Map(registrations.map((registration) => [`registration:${registration.id}`, registration.userId]));
  const registered = new Set(registrations.map((registration) => registration.userId));
  const watched = new Map<string, number>();
  for (const row of rows) {
    const userId = row.viewerKey.startsWith("user:") ? row.viewerKey.slice("user:".length) : userOfRegistration.get(row.viewerKey);
    if (!userId || (webinar.registrationRequired && !registered.has(userId))) continue;
    watched.set(userId, Math.max(watched.get(userId) ?? 0, row.secondsWatched));
  }
  const liveSeconds = broadcastSeconds(webinar);
  return [...watched].filter(([, seconds]) => reachesShare(seconds, liveSeconds, webinar.attendanceShare)).map(([userId, seconds]) => ({ userId, seconds }));
}

/**
 * After a live webinar ends: a certificate of attendance (with its mail) for
 * everyone who watched enough. Idempotent: a certificate is issued once per
 * person and webinar, so a second run or a second end adds only newcomers.
 */
export const attendanceCertificatesJob = defineJob("live.attendanceCertificates", z.object({ webinarId: z.string().min(1) }), async ({ webinarId }) => {
  const webinar = await db.liveWebinar.findUnique({ where: { id: webinarId } });
  if (!webinar || webinar.status === "cancelled") return { skipped: "webinarGone" as const };
  // The host reconnected: the broadcast goes on, and its next end queues this again.
  if (webinar.status !== "ended" || !webinar.liveEndedAt) return { skipped: "webinarOnAir" as const };
  const completedOn = webinar.liveEndedAt;
  for (const earner of await attendanceEarners(webinar)) {
    await db.$transaction((tx) =>
      issueCertificate(tx, { userId: earner.userId, type: "live", achievementId: webinar.id, completedOn, minutesAttended: Math.floor(earner.seconds / 60) }, { mailHolder: true }),
    );
  }
});

/** Queues the awarding for one end of the broadcast (a host who reconnects and ends again queues another). */
export async function queueAttendanceCertificates(tx: Tx, webinarId: string, endedAt: Date): Promise<void> {
  await enqueueJobOnce(tx, attendanceCertificatesJob, { webinarId }, {
    runAt: new Date(endedAt.getTime() + AWARD_DELAY_MS),
    target: { type: "live", id: webinarId },
    dedupeKey: `live-attendance-certificates:${webinarId}:${endedAt.toISOString()}`,
  });
}

/** The certificate of attendance each viewer of the report earned, by viewer key (signed in or by join link). */
export async function attendanceCertificatesByViewer(webinarId: string): Promise<Map<string, string>> {
  const [certificates, registrations] = await Promise.all([
    db.certificate.findMany({ where: { achievementType: "live", achievementId: webinarId, revokedAt: null }, select: { userId: true, number: true } }),
    db.liveRegistration.findMany({ where: { webinarId }, select: { id: true, userId: true } }),
  ]);
  const byViewer = new Map(certificates.map((certificate) => [`user:${certificate.userId}`, certificate.number]));
  for (const registration of registrations) {
    const number = byViewer.get(`user:${registration.userId}`);
    if (number) byViewer.set(`registration:${registration.id}`, number);
  }
  return byViewer;
}
