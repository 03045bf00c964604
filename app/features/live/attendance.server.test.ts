// Attendance from heartbeats: only time between two "playing" beats while the
// webinar is on air counts, at most a minute per gap.
import { describe, expect, it } from "vitest";
import { db } from "~/platform/db/db.server";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { attendanceReport, formatDuration, recordHeartbeat } from "./attendance.server";
import { markEnded, markLive } from "./ingest.server";
import { createLiveWebinar } from "./live-webinars.server";

const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);

describe("live attendance", () => {
  it("counts playing time between beats on air, caps gaps, ignores pauses and time before and after", async () => {
    const startsAt = new Date(Date.now() + 3_600_000);
    const input = { titleZh: "直播", titleEn: "Live", descriptionZh: "说明", descriptionEn: "About", speakers: "A", category: "toys" as const, startsAt, endsAt: at(startsAt, 3600), registrationRequired: false, capacity: null, attendanceShare: 50 };
    const webinar = await createLiveWebinar(input, await makeUser("trainer"));
    const viewer = { key: "user:test", name: "赵敏", email: "zhao@example.com" };
    // Before the broadcast: seen, nothing counted.
    await recordHeartbeat(webinar.id, viewer, true, at(startsAt, -60));
    await markLive(webinar.id, startsAt);
    await recordHeartbeat(webinar.id, viewer, true, at(startsAt, 5));
    await recordHeartbeat(webinar.id, viewer, true, at(startsAt, 20)); // +15
    await recordHeartbeat(webinar.id, viewer, false, at(startsAt, 30)); // +10, then paused
    await recordHeartbeat(webinar.id, viewer, true, at(startsAt, 300)); // paused meanwhile: +0
    await recordHeartbeat(webinar.id, viewer, true, at(startsAt, 600)); // a 5-minute gap (laptop closed): +60 at most
    await markEnded(webinar.id, at(startsAt, 610));
    await recordHeartbeat(webinar.id, viewer, false, at(startsAt, 612)); // the end: +12
    await recordHeartbeat(webinar.id, viewer, true, at(startsAt, 900)); // long after: +0
    const { rows } = await attendanceReport((await db.liveWebinar.findUniqueOrThrow({ where: { id: webinar.id } })));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ name: "赵敏", secondsWatched: 15 + 10 + 60 + 12, firstSeenAt: at(startsAt, -60).toISOString(), lastSeenAt: at(startsAt, 900).toISOString() });
    expect(rows[0]!.share).toBeCloseTo(97 / 610);
    expect(formatDuration(97)).toBe("1:37");
    expect(formatDuration(3725)).toBe("1:02:05");
  });
});
