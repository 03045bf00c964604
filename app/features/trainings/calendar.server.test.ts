import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import ICAL from "ical.js";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { runQueuedJobs } from "~/platform/jobs/test-support/run-jobs";
import { mailDir } from "~/platform/mail/mailer.server";
import { db } from "~/platform/db/db.server";
import { makeTrainingSession } from "./test-support/make-training-session";
import { newTicketCode } from "./ticket-code.server";
import { queueRegistrationMail } from "./training-mail-jobs.server";

/** A Ningbo training with the long Chinese and English texts a real one has. */
async function ningboTraining() {
  const session = await makeTrainingSession(`ics-${crypto.randomUUID().slice(0, 8)}`, 10);
  return db.trainingSession.update({
    where: { id: session.id },
    data: {
      titleZh: "输美玩具安全要求：采购商与采购专业人员培训",
      titleEn: "U.S. toy safety requirements: training for buyers and sourcing professionals",
      venueZh: "宁波国际会议展览中心",
      venueEn: "Ningbo International Conference and Exhibition Center",
      addressZh: "浙江省宁波市鄞州区会展路181号",
      addressEn: "181 Huizhan Road, Yinzhou District, Ningbo, Zhejiang",
    },
  });
}

/** The calendar file attached to the confirmation mail a registrant gets in their language. */
async function calendarAttachment(language: "zh" | "en"): Promise<Buffer> {
  const session = await ningboTraining();
  const email = `ics-${language}-${crypto.randomUUID().slice(0, 8)}@example.com`;
  const registration = await db.registration.create({
    data: { sessionId: session.id, status: "confirmed", name: "张伟", email, company: "", jobRole: "buyer", phone: "", interests: "[]", language, ticketCode: newTicketCode() },
  });
  await db.$transaction((tx) => queueRegistrationMail(tx, registration, "confirmed", new Date()));
  await runQueuedJobs();
  const file = fs.readdirSync(mailDir).find((name) => name.includes(email));
  const mail = await simpleParser(fs.readFileSync(path.join(mailDir, file!)));
  const ics = mail.attachments.find((attachment) => attachment.contentType.startsWith("text/calendar"));
  expect(ics?.contentType).toBe("text/calendar");
  return ics!.content;
}

/** Python's `icalendar` package (Debian's python3-icalendar) reads the file: its summary, location and organizer. */
function readWithPython(ics: Buffer): { summary: string; location: string; organizer: string; method: string } {
  const script = [
    "import sys, json, icalendar",
    "cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())",
    "event = next(c for c in cal.walk('VEVENT'))",
    "print(json.dumps({'summary': str(event['SUMMARY']), 'location': str(event['LOCATION']), 'organizer': str(event['ORGANIZER']), 'method': str(cal['METHOD'])}))",
  ].join("\n");
  const python = fs.existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
  return JSON.parse(execFileSync(python, ["-c", script], { input: ics, encoding: "utf8" })) as ReturnType<typeof readWithPython>;
}

describe.each([
  ["zh", "输美玩具安全要求：采购商与采购专业人员培训", "浙江省宁波市鄞州区会展路181号"],
  ["en", "U.S. toy safety requirements: training for buyers and sourcing professionals", "181 Huizhan Road, Yinzhou District, Ningbo, Zhejiang"],
] as const)("the %s training's calendar file", (language, title, address) => {
  it("folds every line at 75 octets, never inside a character, with CRLF line ends", async () => {
    const ics = await calendarAttachment(language);
    expect(ics.includes(Buffer.from("\uFFFD"))).toBe(false);
    const text = ics.toString("utf8");
    expect(text.endsWith("\r\n")).toBe(true);
    const lines = text.slice(0, -2).split("\r\n");
    for (const line of lines) {
      expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\n");
    }
    // The long lines really were folded (and unfold back to the full text).
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    const unfolded = text.replace(/\r\n[ \t]/g, "").replace(/\\([,;\\])/g, "$1");
    expect(unfolded).toContain(address);
  });

  it("is published by an organizer, and ical.js and Python's icalendar read the same event", async () => {
    const ics = await calendarAttachment(language);
    const calendar = new ICAL.Component(ICAL.parse(ics.toString("utf8")));
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
    expect(event.summary).toBe(title);
    expect(event.location).toContain(address);
    expect(event.organizer).toBe("mailto:no-reply@training.example");
    expect(event.component.getFirstProperty("organizer")?.getParameter("cn")).toBe("Product Safety Training");
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(3_600_000);

    const python = readWithPython(ics);
    expect(python).toMatchObject({ summary: title, method: "PUBLISH", organizer: "mailto:no-reply@training.example" });
    expect(python.location).toContain(address);
  });
});
