// Demo in-person sessions (upcoming in Ningbo, Guangzhou, Shenzhen, Shanghai,
// and one past session in Ningbo with attendance). Idempotent by session code.
import { hashPassword } from "~/features/auth/password.server";
import { db } from "~/platform/db/db.server";
import { newTicketCode } from "~/features/trainings/ticket-code.server";

/** A wall-clock time in China Standard Time (UTC+8, no daylight saving) as a UTC instant. */
function cst(isoLocal: string): Date {
  return new Date(`${isoLocal}+08:00`);
}

const SESSIONS = [
  {
    code: "ningbo-toys-2027-03",
    category: "toys",
    titleZh: "输美玩具安全要求：采购商与采购专业人员培训",
    titleEn: "U.S. Toy Safety Requirements for Buyers and Sourcing Professionals",
    descriptionZh:
      "面向玩具采购商和采购专业人员的一天培训：CPSIA 铅和邻苯二甲酸酯限量、强制性玩具标准 ASTM F963、小零件规定、第三方检测与儿童产品证书，以及如何在下单前核查供应商的合规文件。下午安排案例讨论，分析近年来中国产玩具的召回。",
    descriptionEn:
      "A one-day training for toy buyers and sourcing professionals: CPSIA lead and phthalate limits, the mandatory toy standard ASTM F963, small-parts rules, third-party testing and the Children's Product Certificate, and how to check a supplier's compliance documents before placing an order. The afternoon is a case discussion of recent recalls of toys made in China.",
    cityZh: "宁波",
    cityEn: "Ningbo",
    venueZh: "宁波国际会议展览中心",
    venueEn: "Ningbo International Conference & Exhibition Center",
    addressZh: "浙江省宁波市鄞州区会展路181号",
    addressEn: "181 Huizhan Road, Yinzhou District, Ningbo, Zhejiang",
    startsAt: cst("2027-03-16T09:00:00"),
    endsAt: cst("2027-03-16T17:00:00"),
    registrationDeadline: cst("2027-03-09T23:59:00"),
    languages: ["zh", "en"],
    organizers: ["CPSC", "ACCC"],
    capacity: 60,
  },
  {
    code: "guangzhou-apparel-2027-04",
    category: "apparel",
    titleZh: "童装与儿童用品安全：可燃性、拉绳和铅含量",
    titleEn: "Children's Apparel Safety: Flammability, Drawstrings and Lead",
    descriptionZh:
      "讲解服装纺织品可燃性标准（16 CFR 1610）、儿童睡衣要求（16 CFR 1615/1616）、儿童上衣外套拉绳规定，以及纽扣、拉链等辅料中的铅含量限制。适合服装出口企业的质量负责人和采购人员。",
    descriptionEn:
      "Covers the flammability standard for clothing textiles (16 CFR 1610), children's sleepwear requirements (16 CFR 1615/1616), drawstring rules for children's upper outerwear, and lead limits in trims such as buttons and zippers. For quality managers and buyers at apparel exporters.",
    cityZh: "广州",
    cityEn: "Guangzhou",
    venueZh: "广州白云国际会议中心",
    venueEn: "Baiyun International Convention Center",
    addressZh: "广东省广州市白云区白云大道南1039号",
    addressEn: "1039 Baiyun Avenue South, Baiyun District, Guangzhou, Guangdong",
    startsAt: cst("2027-04-20T09:30:00"),
    endsAt: cst("2027-04-20T16:30:00"),
    registrationDeadline: cst("2027-04-13T23:59:00"),
    languages: ["zh", "en"],
    organizers: ["CPSC", "ACCC"],
    capacity: 80,
  },
  {
    code: "shenzhen-electrical-2027-05",
    category: "electrical",
    titleZh: "电器产品安全与召回：过热、触电和火灾隐患",
    titleEn: "Electrical Product Safety and Recalls: Overheating, Shock and Fire",
    descriptionZh:
      "从近年召回案例出发，分析锂电池、充电器、插线板和取暖器等产品的常见危险，介绍召回流程和 CPSA 第 15(b) 条规定的报告义务，并讨论生产企业如何与买家合作做好合规。",
    descriptionEn:
      "Starting from recent recalls, the training looks at common hazards in lithium-ion batteries, chargers, power strips and heaters, explains how a recall works and the reporting duties under CPSA Section 15(b), and discusses how manufacturers work with buyers on compliance.",
    cityZh: "深圳",
    cityEn: "Shenzhen",
    venueZh: "深圳会展中心",
    venueEn: "Shenzhen Convention & Exhibition Center",
    addressZh: "广东省深圳市福田区福华三路111号",
    addressEn: "111 Fuhua 3rd Road, Futian District, Shenzhen, Guangdong",
    startsAt: cst("2027-05-18T09:00:00"),
    endsAt: cst("2027-05-18T17:00:00"),
    registrationDeadline: cst("2027-05-11T23:59:00"),
    languages: ["zh"],
    organizers: ["CPSC"],
    capacity: 50,
  },
  {
    code: "shanghai-ecommerce-2027-06",
    category: "general",
    titleZh: "通过电子商务销售安全产品",
    titleEn: "Selling Safe Products through E-commerce",
    descriptionZh:
      "跨境电商让中国企业可以直接向美国消费者销售，但美国的安全要求同样适用。培训介绍网上销售儿童产品和电器产品时的合规要点、平台的要求、证书与追溯标签，以及出现安全问题时如何应对。",
    descriptionEn:
      "Cross-border e-commerce lets Chinese companies sell directly to U.S. consumers, and U.S. safety requirements apply all the same. The training covers compliance when selling children's and electrical products online, what platforms require, certificates and tracking labels, and what to do when a safety problem appears.",
    cityZh: "上海",
    cityEn: "Shanghai",
    venueZh: "上海国际会议中心",
    venueEn: "Shanghai International Convention Center",
    addressZh: "上海市浦东新区滨江大道2727号",
    addressEn: "2727 Riverside Avenue, Pudong New Area, Shanghai",
    startsAt: cst("2027-06-15T13:30:00"),
    endsAt: cst("2027-06-15T17:30:00"),
    registrationDeadline: cst("2027-06-08T23:59:00"),
    languages: ["zh", "en"],
    organizers: ["CPSC", "ACCC"],
    capacity: 120,
  },
  {
    code: "ningbo-toys-2026-09",
    category: "toys",
    titleZh: "玩具与儿童产品安全培训（宁波）",
    titleEn: "Toy and Children's Product Safety Training (Ningbo)",
    descriptionZh: "面向采购商和采购专业人员的玩具与儿童产品安全培训，重点是儿童产品和安全违规风险较高的产品。",
    descriptionEn:
      "Training on toy and children's product safety for buyers and sourcing professionals, focused on products for children and products with a high risk of safety violations.",
    cityZh: "宁波",
    cityEn: "Ningbo",
    venueZh: "宁波国际会议展览中心",
    venueEn: "Ningbo International Conference & Exhibition Center",
    addressZh: "浙江省宁波市鄞州区会展路181号",
    addressEn: "181 Huizhan Road, Yinzhou District, Ningbo, Zhejiang",
    startsAt: cst("2026-09-15T09:00:00"),
    endsAt: cst("2026-09-15T17:00:00"),
    registrationDeadline: cst("2026-09-08T23:59:00"),
    languages: ["zh", "en"],
    organizers: ["CPSC", "ACCC"],
    capacity: 40,
  },
] as const;

const PAST_ATTENDEES = [
  { name: "王小明", email: "learner@example.com", company: "宁波示例玩具有限公司", attendance: "present", time: "08:52" },
  { name: "张丽", email: "zhang.li@example.com", company: "义乌星光玩具厂", attendance: "present", time: "08:47" },
  { name: "陈建国", email: "chen.jianguo@example.com", company: "宁波海曙进出口公司", attendance: "late", time: "09:34" },
  { name: "Emily Carter", email: "emily.carter@example.com", company: "Harbor Sourcing Ltd.", attendance: "present", time: "08:58" },
  { name: "刘芳", email: "liu.fang@example.com", company: "慈溪儿童用品有限公司", attendance: "absent", time: null },
  { name: "周杰", email: "zhou.jie@example.com", company: "余姚塑料制品厂", attendance: "excused", time: null },
] as const;

export async function seedTrainings(password: string): Promise<number> {
  const trainer = await db.user.findUnique({ where: { email: "trainer@example.com" }, select: { id: true } });
  let created = 0;
  for (const { languages, organizers, ...session } of SESSIONS) {
    if (await db.trainingSession.findUnique({ where: { code: session.code }, select: { id: true } })) continue;
    await db.trainingSession.create({
      data: {
        ...session,
        languages: JSON.stringify(languages),
        organizers: JSON.stringify(organizers),
        trainers: trainer ? { create: { userId: trainer.id } } : undefined,
      },
    });
    created += 1;
  }
  await seedPastAttendance(password);
  return created;
}

async function seedPastAttendance(password: string) {
  const session = await db.trainingSession.findUniqueOrThrow({ where: { code: "ningbo-toys-2026-09" } });
  if ((await db.registration.count({ where: { sessionId: session.id } })) > 0) return;
  const passwordHash = await hashPassword(password);
  for (const attendee of PAST_ATTENDEES) {
    const user = await db.user.upsert({
      where: { email: attendee.email },
      create: { email: attendee.email, name: attendee.name, company: attendee.company, jobRole: "buyer", passwordHash, emailVerifiedAt: new Date() },
      update: {},
    });
    await db.registration.create({
      data: {
        sessionId: session.id,
        userId: user.id,
        status: "confirmed",
        name: attendee.name,
        email: attendee.email,
        company: attendee.company,
        jobRole: "buyer",
        phone: "",
        interests: JSON.stringify(["toys"]),
        language: /[\u4e00-\u9fff]/.test(attendee.name) ? "zh" : "en",
        consentAt: cst("2026-09-01T10:00:00"),
        ticketCode: newTicketCode(),
        queuedAt: cst("2026-09-01T10:00:00"),
        confirmedAt: cst("2026-09-01T10:00:00"),
        attendance: attendee.attendance,
        checkedInAt: attendee.time ? cst(`2026-09-15T${attendee.time}:00`) : null,
      },
    });
  }
  await db.trainingSession.update({ where: { id: session.id }, data: { confirmedCount: PAST_ATTENDEES.length } });
}
