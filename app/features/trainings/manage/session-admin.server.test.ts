import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { runQueuedJobs } from "~/platform/jobs/test-support/run-jobs";
import { mailDir } from "~/platform/mail/mailer.server";
import { db } from "~/platform/db/db.server";
import { makeTrainingSession } from "~/features/trainings/test-support/make-training-session";
import { newTicketCode } from "~/features/trainings/ticket-code.server";
import { makeUser } from "~/features/trainer/test-support/make-user";
import type { TrainingSessionInput } from "./parse-session-form";
import { cancelTrainingSession, setRegistrationOpen } from "./session-status.server";
import { assignTrainers } from "./session-trainers.server";
import { createTrainingSession, updateTrainingSession } from "./session-writes.server";

const input: TrainingSessionInput = {
  titleZh: "电器安全培训",
  titleEn: "Electrical safety training",
  descriptionZh: "说明",
  descriptionEn: "About",
  category: "electrical",
  cityZh: "广州",
  cityEn: "Guangzhou",
  venueZh: "会场",
  venueEn: "Venue",
  addressZh: "地址",
  addressEn: "Address",
  timeZone: "Asia/Shanghai",
  startsAt: new Date("2027-05-10T01:30:00Z"),
  endsAt: new Date("2027-05-10T08:30:00Z"),
  registrationDeadline: new Date("2027-05-05T10:00:00Z"),
  capacity: 2,
  languages: ["zh", "en"],
  organizers: ["CPSC", "ACCC"],
};

async function register(sessionId: string, status: "confirmed" | "waitlisted" | "cancelled", email: string, language: "zh" | "en", queuedAt = new Date()) {
  if (status === "confirmed") await db.trainingSession.update({ where: { id: sessionId }, data: { confirmedCount: { increment: 1 } } });
  return db.registration.create({
    data: { sessionId, status, name: email.split("@")[0]!, email, company: "", jobRole: "buyer", phone: "", interests: "[]", language, ticketCode: newTicketCode(), queuedAt },
  });
}

async function auditOf(targetId: string) {
  return db.auditEntry.findMany({ where: { targetId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

async function subjectsTo(email: string): Promise<string[]> {
  if (!fs.existsSync(mailDir)) return [];
  const files = fs.readdirSync(mailDir).filter((file) => file.includes(email));
  const mails = await Promise.all(files.map((file) => simpleParser(fs.readFileSync(path.join(mailDir, file)))));
  return mails.map((mail) => mail.subject ?? "");
}

describe("creating and editing sessions", () => {
  it("assigns a trainer to the session they create, and audits it; an admin's session has no trainer yet", async () => {
    const trainer = await makeUser("trainer");
    const admin = await makeUser("admin");
    const mine = await createTrainingSession(input, trainer);
    expect(mine.code).toMatch(/^guangzhou-electrical-2027-05-[0-9a-f]{6}$/);
    expect(await db.sessionTrainer.findMany({ where: { sessionId: mine.id } })).toEqual([{ sessionId: mine.id, userId: trainer.id }]);
    expect((await auditOf(mine.id)).map((entry) => [entry.action, entry.actorId])).toEqual([["session.create", trainer.id]]);
    const theirs = await createTrainingSession(input, admin);
    expect(await db.sessionTrainer.count({ where: { sessionId: theirs.id } })).toBe(0);
  });

  it("gives added seats to the waiting list in queue order and refuses fewer seats than confirmed", async () => {
    const trainer = await makeUser("trainer");
    const session = await createTrainingSession({ ...input, capacity: 1 }, trainer);
    await register(session.id, "confirmed", "seated@example.com", "zh");
    const second = await register(session.id, "waitlisted", "second@example.com", "en", new Date("2027-01-01T00:00:00Z"));
    const third = await register(session.id, "waitlisted", "third@example.com", "zh", new Date("2027-01-02T00:00:00Z"));

    const grown = await updateTrainingSession(session.id, { ...input, capacity: 2, titleEn: "Electrical safety, revised" }, trainer);
    expect(grown).toEqual({ ok: true, promoted: [second.id] });
    expect(await db.job.findMany({ where: { targetId: second.id }, select: { kind: true, recipient: true } })).toEqual([{ kind: "mail.registrationPromoted", recipient: "second@example.com" }]);
    expect((await db.registration.findUniqueOrThrow({ where: { id: third.id } })).status).toBe("waitlisted");
    const stored = await db.trainingSession.findUniqueOrThrow({ where: { id: session.id } });
    expect([stored.confirmedCount, stored.titleEn]).toEqual([2, "Electrical safety, revised"]);
    const update = (await auditOf(session.id)).find((entry) => entry.action === "session.update");
    expect(JSON.parse(update!.details)).toEqual({ changed: ["titleEn", "capacity"], promoted: 1 });

    expect(await updateTrainingSession(session.id, { ...input, capacity: 1 }, trainer)).toEqual({ ok: false, reason: "capacityBelowConfirmed", confirmed: 2 });
    expect((await db.trainingSession.findUniqueOrThrow({ where: { id: session.id } })).capacity).toBe(2);
  });
});

describe("registration status and cancelling", () => {
  it("closes and reopens registration once each, audited", async () => {
    const admin = await makeUser("admin");
    const session = await makeTrainingSession("status-test", 5);
    expect(await setRegistrationOpen(session.id, false, admin)).toBe(true);
    expect(await setRegistrationOpen(session.id, false, admin)).toBe(false);
    expect(await setRegistrationOpen(session.id, true, admin)).toBe(true);
    expect((await auditOf(session.id)).map((entry) => entry.action)).toEqual(["session.close", "session.reopen"]);
  });

  it("queues a mail for every confirmed and waiting registrant, sent in their own language, and none for who had cancelled", async () => {
    const trainer = await makeUser("trainer");
    const session = await makeTrainingSession("cancel-test", 1);
    await register(session.id, "confirmed", "cancel-zh@example.com", "zh");
    await register(session.id, "waitlisted", "cancel-en@example.com", "en");
    await register(session.id, "cancelled", "cancel-gone@example.com", "en");

    expect(await cancelTrainingSession(session.id, trainer)).toEqual({ ok: true, queued: 2 });
    expect(await subjectsTo("cancel-zh@example.com")).toEqual([]);
    await runQueuedJobs();
    expect(await subjectsTo("cancel-zh@example.com")).toEqual(["培训取消：培训"]);
    expect(await subjectsTo("cancel-en@example.com")).toEqual(["Cancelled: Training"]);
    expect(await subjectsTo("cancel-gone@example.com")).toEqual([]);
    expect((await db.trainingSession.findUniqueOrThrow({ where: { id: session.id } })).status).toBe("cancelled");
    const [entry] = await auditOf(session.id);
    expect([entry?.action, entry?.actorId, JSON.parse(entry!.details)]).toEqual(["session.cancel", trainer.id, { notified: 2 }]);

    expect(await cancelTrainingSession(session.id, trainer)).toEqual({ ok: false });
    expect(await setRegistrationOpen(session.id, true, trainer)).toBe(false);
    await runQueuedJobs();
    expect(await subjectsTo("cancel-zh@example.com")).toHaveLength(1);
  });
});

describe("assigning trainers", () => {
  it("accepts trainers and admins only, replacing the previous set", async () => {
    const admin = await makeUser("admin");
    const trainer = await makeUser("trainer");
    const learner = await makeUser("learner");
    const session = await makeTrainingSession("trainers-test", 5);
    expect(await assignTrainers(session.id, [trainer.id, admin.id], admin)).toBe(true);
    expect(await assignTrainers(session.id, [learner.id], admin)).toBe(false);
    const assigned = await db.sessionTrainer.findMany({ where: { sessionId: session.id }, orderBy: { userId: "asc" } });
    expect(assigned.map((row) => row.userId).sort()).toEqual([trainer.id, admin.id].sort());
    expect(await assignTrainers(session.id, [], admin)).toBe(true);
    expect(await db.sessionTrainer.count({ where: { sessionId: session.id } })).toBe(0);
    expect((await auditOf(session.id)).map((entry) => entry.action)).toEqual(["session.trainers", "session.trainers"]);
  });
});
