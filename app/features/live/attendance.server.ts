import { db } from "~/platform/db/db.server";

/** The longest gap between two "playing" heartbeats that still counts as watched (the player beats every 15 s). */
export const MAX_COUNTED_GAP_SECONDS = 60;

export type Viewer = { key: string; name: string; email: string };

/**
 * A heartbeat from a viewer's player. Watching counts only while the webinar
 * is on air and only for the time between this beat and the previous one when
 * both said "playing", at most a minute per gap; first and last seen are kept.
 */
export async function recordHeartbeat(webinarId: string, viewer: Viewer, playing: boolean, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const webinar = await tx.liveWebinar.findUnique({ where: { id: webinarId }, select: { status: true, liveEndedAt: true } });
    if (!webinar) return;
    const onAir = webinar.status === "live" || (webinar.liveEndedAt !== null && now.getTime() - webinar.liveEndedAt.getTime() < MAX_COUNTED_GAP_SECONDS * 1000);
    const row = await tx.liveAttendance.findUnique({ where: { webinarId_viewerKey: { webinarId, viewerKey: viewer.key } } });
    const gap = row?.playingSince ? Math.min(MAX_COUNTED_GAP_SECONDS, Math.max(0, (now.getTime() - row.playingSince.getTime()) / 1000)) : 0;
    const earned = onAir ? Math.round(gap) : 0;
    const playingSince = playing && webinar.status === "live" ? now : null;
    if (row) {
      await tx.liveAttendance.update({ where: { id: row.id }, data: { secondsWatched: { increment: earned }, lastSeenAt: now, playingSince } });
    } else {
      await tx.liveAttendance.create({ data: { webinarId, viewerKey: viewer.key, name: viewer.name, email: viewer.email, firstSeenAt: now, lastSeenAt: now, playingSince } });
    }
  });
}

type Broadcast = { liveStartedAt: Date | null; liveEndedAt: Date | null; startsAt: Date; endsAt: Date };

/** How long the broadcast ran (first start to last end; the planned times until then), in whole seconds, at least one. */
export function broadcastSeconds(webinar: Broadcast): number {
  const from = webinar.liveStartedAt ?? webinar.startsAt;
  const to = webinar.liveEndedAt ?? webinar.endsAt;
  return Math.max(1, Math.round((to.getTime() - from.getTime()) / 1000));
}

/** The attendance report: every viewer, most watched first, with their share of the broadcast. */
export async function attendanceReport(webinar: Broadcast & { id: string }) {
  const rows = await db.liveAttendance.findMany({ where: { webinarId: webinar.id }, orderBy: [{ secondsWatched: "desc" }, { name: "asc" }], take: 10_000 });
  const liveSeconds = broadcastSeconds(webinar);
  return {
    liveSeconds,
    rows: rows.map((row) => ({
      viewerKey: row.viewerKey,
      name: row.name,
      email: row.email,
      secondsWatched: row.secondsWatched,
      share: Math.min(1, row.secondsWatched / liveSeconds),
      firstSeenAt: row.firstSeenAt.toISOString(),
      lastSeenAt: row.lastSeenAt.toISOString(),
    })),
  };
}

/** Seconds as "m:ss" (or "h:mm:ss"). */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}
