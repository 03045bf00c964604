// Registering for a live webinar and its mails (confirmation with calendar
// file and join link, reminders 24 h and 15 min before), on an injected clock,
// delivered to a real SMTP server started here; the calendar file is read by
// ical.js, a parser we did not write.
import ICAL from "ical.js";
import { simpleParser } from "mailparser";
import { afterEach, describe, expect, it } from "vitest";
import { runQueuedJobs } from "~/platform/jobs/test-support/run-jobs";
import { createMailer } from "~/platform/mail/mailer.server";
import { smtpTestPort, startSmtpTestServer, type SmtpTestServer } from "~/platform/mail/test-support/smtp-test-server";
import { db } from "~/platform/db/db.server";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { registrationOfJoinToken } from "./join-link.server";
import type { LiveInput } from "./live-form";
import { cancelLiveRegistration, registerForLive } from "./live-registration.server";
import { createLiveWebinar } from "./live-webinars.server";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

function liveInput(startsAt: Date, capacity: number | null = null): LiveInput {
  return {
    titleZh: "直播：玩具检测",
    titleEn: "Live: toy testing",
    descriptionZh: "说明",
    descriptionEn: "About",
    speakers: "Alex Chen",
    category: "toys",
    startsAt,
    endsAt: at(startsAt, HOUR),
    registrationRequired: true,
    capacity,
    attendanceShare: 50,
  };
}

let server: SmtpTestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function registrant(language: "zh" | "en") {
  const user = await makeUser("learner", language);
  return { user, details: { name: user.name, email: user.email, language } };
}

describe("live webinar registration", () => {
  it("mails the confirmation with a calendar file and a personal join link, and reminds 24 h and 15 min before", async () => {
    server = await startSmtpTestServer(smtpTestPort(21));
    const mailer = createMailer(server.url);
    const now = new Date(Math.floor(Date.now() / MINUTE) * MINUTE);
    const startsAt = at(now, 25 * HOUR);
    const host = await makeUser("trainer");
    const webinar = await createLiveWebinar(liveInput(startsAt), host, now);
    expect(await db.job.findMany({ where: { targetId: webinar.id }, orderBy: { runAt: "asc" }, select: { kind: true, runAt: true } })).toEqual([
      { kind: "live.reminders", runAt: at(startsAt, -24 * HOUR) },
      { kind: "live.reminders", runAt: at(startsAt, -15 * MINUTE) },
    ]);

    const zh = await registrant("zh");
    const en = await registrant("en");
    const leaving = await registrant("en");
    const registered = await registerForLive(webinar.id, zh.user.id, zh.details, now);
    expect(registered.ok).toBe(true);
    expect(await registerForLive(webinar.id, zh.user.id, zh.details, now)).toEqual({ ok: false, reason: "alreadyRegistered" });
    await registerForLive(webinar.id, en.user.id, en.details, now);
    await registerForLive(webinar.id, leaving.user.id, leaving.details, now);
    expect(await cancelLiveRegistration(webinar.id, leaving.user.id, now)).toBe(true);
    expect((await db.liveWebinar.findUniqueOrThrow({ where: { id: webinar.id } })).registeredCount).toBe(2);

    await runQueuedJobs(now, { mailer });
    const confirmation = await simpleParser(server.received.find((mail) => mail.to === zh.user.email)!.raw);
    expect(confirmation.subject).toBe("报名成功：直播：玩具检测");
    const link = /http:\/\/\S+\/zh\/live\/\S+/.exec(confirmation.text ?? "")?.[0] ?? "";
    const url = new URL(link);
    expect(url.pathname).toBe(`/zh/live/${webinar.id}`);
    expect(registrationOfJoinToken(url.searchParams.get("join"))).toBe(registered.ok ? registered.registrationId : "");
    expect(registrationOfJoinToken(`${url.searchParams.get("join")}x`)).toBeNull();
    const ics = confirmation.attachments.find((attachment) => attachment.contentType.startsWith("text/calendar"));
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics!.content.toString())).getFirstSubcomponent("vevent")!);
    expect(event.startDate.toJSDate()).toEqual(startsAt);
    expect(event.endDate.toJSDate()).toEqual(at(startsAt, HOUR));
    expect(event.summary).toBe("直播：玩具检测");
    // The registrant who cancelled before the mail went out gets none.
    expect(server.received.map((mail) => mail.to).sort()).toEqual([en.user.email, zh.user.email].sort());

    // The reminders: nothing before their instant; at it, to each person still registered, in their language.
    await runQueuedJobs(at(startsAt, -24 * HOUR - 1), { mailer });
    expect(server.received).toHaveLength(2);
    await runQueuedJobs(at(startsAt, -24 * HOUR), { mailer });
    const dayBefore = await Promise.all(server.received.slice(2).map((mail) => simpleParser(mail.raw)));
    expect(dayBefore.map((mail) => mail.subject).sort()).toEqual(["Tomorrow: Live: toy testing", "明天开始：直播：玩具检测"]);
    expect(dayBefore.every((mail) => mail.text?.includes(`/live/${webinar.id}?join=`))).toBe(true);
    await runQueuedJobs(at(startsAt, -15 * MINUTE), { mailer });
    const last = await Promise.all(server.received.slice(4).map((mail) => simpleParser(mail.raw)));
    expect(last.map((mail) => mail.subject).sort()).toEqual(["15 分钟后开始：直播：玩具检测", "Starting in 15 minutes: Live: toy testing"]);
    // Times are given in Beijing time.
    expect(last.find((mail) => mail.subject?.startsWith("Starting"))!.text).toContain("China Standard Time");
  }, 60_000);

  it("never takes more registrants than places, even all at once", async () => {
    const now = new Date();
    const host = await makeUser("trainer");
    const webinar = await createLiveWebinar(liveInput(at(now, 48 * HOUR), 3), host, now);
    const people = await Promise.all(Array.from({ length: 8 }, (_, i) => registrant(i % 2 ? "zh" : "en")));
    const outcomes = await Promise.all(people.map((person) => registerForLive(webinar.id, person.user.id, person.details, now)));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(3);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === "full")).toHaveLength(5);
    expect(await db.liveRegistration.count({ where: { webinarId: webinar.id, status: "registered" } })).toBe(3);
  });

  it("refuses registration once the webinar is over", async () => {
    const now = new Date();
    const host = await makeUser("trainer");
    const webinar = await createLiveWebinar(liveInput(at(now, HOUR)), host, now);
    const person = await registrant("en");
    expect(await registerForLive(webinar.id, person.user.id, person.details, at(now, 3 * HOUR))).toEqual({ ok: false, reason: "ended" });
  });
});
