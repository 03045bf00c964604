// Which stream keys may publish when (the ingest asks on every publish).
import { describe, expect, it } from "vitest";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { db } from "~/platform/db/db.server";
import { decidePublish, markEnded, markLive } from "./ingest.server";
import { createLiveWebinar } from "./live-webinars.server";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

async function webinarStarting(startsAt: Date) {
  const host = await makeUser("trainer");
  const input = { titleZh: "直播", titleEn: "Live", descriptionZh: "说明", descriptionEn: "About", speakers: "A", category: "toys" as const, startsAt, endsAt: at(startsAt, HOUR), registrationRequired: true, capacity: null, attendanceShare: 50 };
  return createLiveWebinar(input, host, at(startsAt, -3 * HOUR));
}

describe("publish decisions", () => {
  it("accepts a key from two hours before the start to two hours after the planned end, and refuses others", async () => {
    const startsAt = new Date(Date.now() + 10 * HOUR);
    const webinar = await webinarStarting(startsAt);
    expect(await decidePublish("not-a-key", startsAt)).toEqual({ ok: false, reason: "unknownKey" });
    expect(await decidePublish("", startsAt)).toEqual({ ok: false, reason: "unknownKey" });
    expect(await decidePublish(webinar.streamKey, at(startsAt, -2 * HOUR - 1))).toEqual({ ok: false, reason: "tooEarly" });
    expect(await decidePublish(webinar.streamKey, at(startsAt, -2 * HOUR))).toEqual({ ok: true, webinarId: webinar.id });
    expect(await decidePublish(webinar.streamKey, at(startsAt, 3 * HOUR))).toEqual({ ok: true, webinarId: webinar.id });
    expect(await decidePublish(webinar.streamKey, at(startsAt, 3 * HOUR + 1))).toEqual({ ok: false, reason: "expired" });
  });

  it("lets a dropped broadcast resume within ten minutes, not later; a cancelled webinar never", async () => {
    const startsAt = new Date(Date.now() + 10 * HOUR);
    const webinar = await webinarStarting(startsAt);
    expect(await markLive(webinar.id, startsAt)).toBe(true);
    await markEnded(webinar.id, at(startsAt, 20 * MINUTE));
    expect(await decidePublish(webinar.streamKey, at(startsAt, 30 * MINUTE))).toEqual({ ok: true, webinarId: webinar.id });
    expect(await decidePublish(webinar.streamKey, at(startsAt, 30 * MINUTE + 1))).toEqual({ ok: false, reason: "ended" });
    await markLive(webinar.id, at(startsAt, 25 * MINUTE));
    const resumed = await db.liveWebinar.findUniqueOrThrow({ where: { id: webinar.id } });
    expect(resumed).toMatchObject({ status: "live", liveStartedAt: startsAt, liveEndedAt: null });
    await db.liveWebinar.update({ where: { id: webinar.id }, data: { status: "cancelled" } });
    expect(await decidePublish(webinar.streamKey, startsAt)).toEqual({ ok: false, reason: "cancelled" });
    expect(await markLive(webinar.id, startsAt)).toBe(false);
  });
});
