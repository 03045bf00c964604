// Live webinars made straight in the e2e database, hosted by the demo trainer.
import { db } from "./fixtures";
import { newStreamKey } from "../app/features/live/live-webinars.server";

let counter = 0;

export async function createLiveWebinar(options: { startsInMinutes?: number; minutes?: number; registrationRequired?: boolean } = {}) {
  counter += 1;
  const startsAt = new Date(Date.now() + (options.startsInMinutes ?? 5) * 60_000);
  const trainer = await db.user.findUniqueOrThrow({ where: { email: "trainer@example.com" } });
  return db.liveWebinar.create({
    data: {
      code: `e2e-live-${Date.now()}-${process.pid}-${counter}`,
      titleZh: `测试直播 ${counter}`,
      titleEn: `Test live webinar ${counter}`,
      descriptionZh: "端到端测试用的直播。",
      descriptionEn: "A live webinar for end-to-end tests.",
      speakers: "Alex Chen",
      category: "toys",
      startsAt,
      endsAt: new Date(startsAt.getTime() + (options.minutes ?? 60) * 60_000),
      registrationRequired: options.registrationRequired ?? true,
      streamKey: newStreamKey(),
      trainers: { create: { userId: trainer.id } },
    },
  });
}
