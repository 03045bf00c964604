// Reminders before a training and the follow-up after it, on an injected
// clock, delivered to a real SMTP server started here.
import { simpleParser } from "mailparser";
import { afterEach, describe, expect, it } from "vitest";
import { raceWorkers } from "~/platform/jobs/test-support/spawn-worker";
import { runQueuedJobs } from "~/platform/jobs/test-support/run-jobs";
import { createMailer } from "~/platform/mail/mailer.server";
import { smtpTestPort, startSmtpTestServer, type SmtpTestServer } from "~/platform/mail/test-support/smtp-test-server";
import { db } from "~/platform/db/db.server";
import type { TrainingSessionInput } from "~/features/trainings/manage/parse-session-form";
import { cancelTrainingSession } from "~/features/trainings/manage/session-status.server";
import { createTrainingSession, updateTrainingSession } from "~/features/trainings/manage/session-writes.server";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { setAttendance } from "./attendance.server";
import { newTicketCode } from "./ticket-code.server";

const HOUR = 3_600_000;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

function sessionInput(startsAt: Date, hours = 8): TrainingSessionInput {
  return {
    titleZh: "玩具安全培训",
    titleEn: "Toy safety training",
    descriptionZh: "说明",
    descriptionEn: "About",
    category: "toys",
    cityZh: "宁波",
    cityEn: "Ningbo",
    venueZh: "宁波会场",
    venueEn: "Ningbo venue",
    addressZh: "宁波市",
    addressEn: "Ningbo",
    timeZone: "Asia/Shanghai",
    startsAt,
    endsAt: at(startsAt, hours * HOUR),
    registrationDeadline: at(startsAt, -HOUR),
    capacity: 10,
    languages: ["zh", "en"],
    organizers: ["CPSC"],
  };
}

async function register(sessionId: string, email: string, status: "confirmed" | "waitlisted" | "cancelled", language: "zh" | "en", userId?: string) {
  if (status === "confirmed") await db.trainingSession.update({ where: { id: sessionId }, data: { confirmedCount: { increment: 1 } } });
  return db.registration.create({
    data: { sessionId, userId, status, name: email.split("@")[0]!, email, company: "", jobRole: "buyer", phone: "", interests: "[]", language, ticketCode: newTicketCode() },
  });
}

/** "HH:MM" of an instant in Shanghai, computed here rather than by the app. */
function shanghaiClock(instant: Date): string {
  const shanghai = new Date(instant.getTime() + 8 * HOUR);
  return `${String(shanghai.getUTCHours()).padStart(2, "0")}:${String(shanghai.getUTCMinutes()).padStart(2, "0")}`;
}

let server: SmtpTestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe("training reminders", () => {
  it("reminds confirmed registrants 24 h before, at that instant, in their language, once even with two workers", async () => {
    server = await startSmtpTestServer(smtpTestPort(4));
    const mailer = createMailer(server.url);
    const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const startsAt = at(now, 25 * HOUR);
    const trainer = await makeUser("trainer");
    const session = await createTrainingSession(sessionInput(startsAt), trainer, now);
    const zh = await register(session.id, "remind-zh@example.com", "confirmed", "zh");
    await register(session.id, "remind-en@example.com", "confirmed", "en");
    await register(session.id, "remind-waiting@example.com", "waitlisted", "en");
    await register(session.id, "remind-cancelled@example.com", "cancelled", "zh");

    const scheduled = await db.job.findMany({ where: { targetId: session.id }, orderBy: { runAt: "asc" }, select: { kind: true, runAt: true } });
    expect(scheduled).toEqual([
      { kind: "training.reminders", runAt: at(startsAt, -24 * HOUR) },
      { kind: "training.reminders", runAt: at(startsAt, -2 * HOUR) },
      { kind: "training.followUps", runAt: at(startsAt, 10 * HOUR) },
    ]);

    // A moment before the instant: nothing goes out.
    await runQueuedJobs(at(startsAt, -24 * HOUR - 1), { mailer });
    expect(server.received).toHaveLength(0);

    // At the instant, two workers in their own processes race for the same reminders.
    expect(await raceWorkers(2, { SMTP_URL: server.url, TEST_CLOCK: at(startsAt, -24 * HOUR).toISOString() })).toEqual([0, 0]);
    expect(server.received.map((mail) => mail.to).sort()).toEqual(["remind-en@example.com", "remind-zh@example.com"]);
    expect([...server.copiesById().values()]).toEqual([1, 1]);

    const mail = await simpleParser(server.received.find((received) => received.to === "remind-zh@example.com")!.raw);
    expect(mail.subject).toBe("明天开课：玩具安全培训");
    expect(mail.text).toContain(`${shanghaiClock(startsAt)}–${shanghaiClock(session.endsAt)}`);
    expect(mail.text).toContain("中国标准时间");
    expect(mail.text).toContain(`/zh/trainings/${session.id}/ticket`);
    expect(mail.text).toContain(zh.ticketCode);
    const english = await simpleParser(server.received.find((received) => received.to === "remind-en@example.com")!.raw);
    expect(english.subject).toBe("Tomorrow: Toy safety training");
    expect(english.text).toContain("China Standard Time");

    // Two hours before: the second reminder, again only to the confirmed.
    await runQueuedJobs(at(startsAt, -2 * HOUR), { mailer });
    expect(server.received).toHaveLength(4);
    const secondRound = await Promise.all(server.received.slice(2).map((received) => simpleParser(received.raw)));
    expect(secondRound.map((parsed) => parsed.subject).sort()).toEqual(["Starting in two hours: Toy safety training", "两小时后开课：玩具安全培训"]);
    expect(await db.job.count({ where: { kind: "mail.trainingReminder" } })).toBe(4);
  }, 120_000);

  it("sends no reminder for a cancelled training, and moves the reminders when the training moves", async () => {
    server = await startSmtpTestServer(smtpTestPort(5));
    const mailer = createMailer(server.url);
    const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const trainer = await makeUser("trainer");
    const cancelled = await createTrainingSession(sessionInput(at(now, 25 * HOUR)), trainer, now);
    await register(cancelled.id, "gone@example.com", "confirmed", "zh");
    await cancelTrainingSession(cancelled.id, trainer, now);
    expect(await db.job.findMany({ where: { targetId: cancelled.id }, select: { state: true } })).toEqual([
      { state: "cancelled" },
      { state: "cancelled" },
      { state: "cancelled" },
    ]);

    const moved = await createTrainingSession(sessionInput(at(now, 25 * HOUR)), trainer, now);
    await register(moved.id, "moved@example.com", "confirmed", "en");
    await updateTrainingSession(moved.id, sessionInput(at(now, 49 * HOUR)), trainer, now);
    const open = await db.job.findMany({ where: { targetId: moved.id, state: "pending" }, orderBy: { runAt: "asc" }, select: { runAt: true } });
    expect(open.map((job) => job.runAt)).toEqual([at(now, 25 * HOUR), at(now, 47 * HOUR), at(now, 59 * HOUR)]);

    // When the old 24-hour reminder would have gone, nothing does (only the cancellation mail).
    await runQueuedJobs(at(now, HOUR), { mailer });
    expect(server.received.map((mail) => mail.to)).toEqual(["gone@example.com"]);
    await runQueuedJobs(at(now, 25 * HOUR), { mailer });
    expect(server.received.map((mail) => mail.to)).toEqual(["gone@example.com", "moved@example.com"]);
  }, 60_000);

  it("follows up after the training with the attendee's certificate; the reply goes to the trainers", async () => {
    server = await startSmtpTestServer(smtpTestPort(6));
    const mailer = createMailer(server.url);
    const now = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const trainer = await makeUser("trainer");
    const session = await createTrainingSession(sessionInput(at(now, 3 * HOUR)), trainer, now);
    const learner = await makeUser("learner", "en", "Ann Lee");
    const attendee = await register(session.id, learner.email, "confirmed", "en", learner.id);
    const absent = await register(session.id, "absent@example.com", "confirmed", "zh");
    await setAttendance(session.id, attendee.id, "present", trainer.id, at(now, 3 * HOUR));
    await setAttendance(session.id, absent.id, "absent", trainer.id, at(now, 3 * HOUR));

    await runQueuedJobs(at(now, 13 * HOUR - 1), { mailer });
    expect(server.received.filter((mail) => mail.to !== learner.email && mail.to !== "absent@example.com")).toEqual([]);
    const before = server.received.length;
    await runQueuedJobs(at(now, 13 * HOUR), { mailer });
    expect(server.received.slice(before).map((mail) => mail.to)).toEqual([learner.email]);
    const mail = await simpleParser(server.received.at(-1)!.raw);
    const certificate = await db.certificate.findFirstOrThrow({ where: { userId: learner.id, achievementId: session.id } });
    expect(mail.subject).toBe("Thank you for attending Toy safety training");
    expect(mail.text).toContain(`/certificates/${certificate.number}.pdf`);
    expect(mail.replyTo?.text).toBe(trainer.email);
  }, 60_000);
});
