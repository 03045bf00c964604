// One upcoming live webinar hosted by the demo trainer, so a new user sees
// the feature. Idempotent by its code; its reminders are scheduled by the job
// runner when the server starts.
import { db } from "~/platform/db/db.server";
import { newStreamKey } from "~/features/live/live-webinars.server";

const DEMO_LIVE = {
  code: "live-demo-toys-2027-03",
  category: "toys",
  titleZh: "直播：输美玩具的第三方检测与儿童产品证书",
  titleEn: "Live: Third-Party Testing and the Children's Product Certificate for Toys",
  descriptionZh:
    "面向玩具生产和出口企业的一小时直播：哪些儿童产品必须经 CPSC 认可的实验室检测、儿童产品证书（CPC）要写哪些内容、由谁出具，以及采购商通常会核查哪些文件。直播中可以用中文或英文提问，并参与现场投票。",
  descriptionEn:
    "A one-hour live session for toy makers and exporters: which children's products must be tested by a CPSC-accepted laboratory, what a Children's Product Certificate (CPC) must state and who issues it, and which documents buyers usually check. Ask questions in Chinese or English during the session and take part in the live polls.",
  speakers: "Alex Chen — Product Safety Training",
  startsAt: new Date("2027-03-10T19:00:00+08:00"),
  endsAt: new Date("2027-03-10T20:00:00+08:00"),
  registrationRequired: true,
  capacity: 500,
};

export async function seedLiveWebinars(): Promise<number> {
  if (await db.liveWebinar.findUnique({ where: { code: DEMO_LIVE.code }, select: { id: true } })) return 0;
  const trainer = await db.user.findUnique({ where: { email: "trainer@example.com" }, select: { id: true } });
  await db.liveWebinar.create({ data: { ...DEMO_LIVE, streamKey: newStreamKey(), trainers: trainer ? { create: { userId: trainer.id } } : undefined } });
  return 1;
}
