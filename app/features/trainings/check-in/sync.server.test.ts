import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "~/platform/db/db.server";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { checkIn, setAttendance } from "../attendance.server";
import { makeTrainingSession } from "../test-support/make-training-session";
import { newTicketCode } from "../ticket-code.server";
import type { CheckInChange } from "./changes";
import { rosterFeed } from "./roster-feed.server";
import { applySyncBatch } from "./sync.server";

const MINUTE = 60_000;
const doorsOpen = new Date("2027-03-16T01:00:00Z");
const at = (minutes: number) => new Date(doorsOpen.getTime() + minutes * MINUTE);

async function setUp(code: string) {
  const session = await makeTrainingSession(code, 10);
  const trainer = await makeUser("trainer");
  const other = await makeUser("trainer");
  const learner = await makeUser("learner");
  const register = (name: string, status = "confirmed", userId: string | null = null) =>
    db.registration.create({
      data: { sessionId: session.id, userId, status, name, email: `${crypto.randomUUID()}@example.com`, company: "", jobRole: "buyer", phone: "", interests: "[]", language: "zh", ticketCode: newTicketCode() },
    });
  const context = { sessionId: session.id, trainerId: trainer.id, language: "zh" };
  return { session, trainer, other, learner, register, context };
}

/** A batch as a device sends it: its id, its clock at sending time, its changes. */
function batch(deviceId: string, sentAt: Date, changes: CheckInChange[]) {
  return { deviceId, sentAt: sentAt.toISOString(), changes };
}

const scan = (code: string, time: Date, id: string = crypto.randomUUID()): CheckInChange => ({ id, kind: "check-in", at: time.toISOString(), code });

describe("offline check-in sync", () => {
  it("applies a change once however often its batch is sent, even twice at the same moment", async () => {
    const { learner, register, context, session } = await setUp("sync-duplicates");
    const person = await register("王芳", "confirmed", learner.id);
    const device = crypto.randomUUID();
    const sent = batch(device, at(30), [scan(person.ticketCode, at(5))]);

    const first = await applySyncBatch(context, sent, at(30));
    const [retry, concurrent] = await Promise.all([applySyncBatch(context, sent, at(31)), applySyncBatch(context, sent, at(31))]);

    expect(first).toEqual([{ id: sent.changes[0]!.id, outcome: "accepted", result: "checkedIn", name: "王芳", registrationId: person.id, at: at(5).toISOString() }]);
    expect(retry).toEqual(first);
    expect(concurrent).toEqual(first);
    expect(await db.checkInChange.count({ where: { sessionId: session.id } })).toBe(1);
    expect(await db.auditEntry.count({ where: { targetId: person.id } })).toBe(1);
    // The certificate of attendance is issued when the sync lands.
    const certificates = await db.certificate.findMany({ where: { userId: learner.id, achievementType: "training", achievementId: session.id } });
    expect(certificates).toHaveLength(1);
    expect(certificates[0]!.completedOn).toEqual(at(5));
    // The stored answer holds no name: erasing the person (account deletion) leaves none behind.
    expect((await db.checkInChange.findUniqueOrThrow({ where: { id: sent.changes[0]!.id } })).answer).not.toContain("王芳");
    await db.registration.update({ where: { id: person.id }, data: { name: "" } });
    expect((await applySyncBatch(context, sent, at(32)))[0]).toMatchObject({ result: "checkedIn", name: "" });
  });

  it("keeps the earliest time when two devices checked the same person in, whichever syncs first", async () => {
    const { register, context, other, session } = await setUp("sync-two-devices");
    const person = await register("Li Lei");
    const laterDevice = await applySyncBatch(context, batch(crypto.randomUUID(), at(40), [scan(person.ticketCode, at(9))]), at(40));
    const earlierDevice = await applySyncBatch({ ...context, trainerId: other.id }, batch(crypto.randomUUID(), at(41), [scan(person.ticketCode, at(3))]), at(41));

    expect(laterDevice[0]).toMatchObject({ result: "checkedIn", at: at(9).toISOString() });
    expect(earlierDevice[0]).toMatchObject({ outcome: "accepted", result: "alreadyCheckedIn", at: at(3).toISOString() });
    const stored = await db.registration.findUniqueOrThrow({ where: { id: person.id } });
    expect(stored).toMatchObject({ checkedInAt: at(3), attendance: "present" });
    // One check-in: a later scan from a third device changes nothing and is not audited again.
    const third = await applySyncBatch(context, batch(crypto.randomUUID(), at(42), [scan(person.ticketCode, at(20))]), at(42));
    expect(third[0]).toMatchObject({ result: "alreadyCheckedIn", at: at(3).toISOString() });
    expect((await db.registration.findUniqueOrThrow({ where: { id: person.id } })).checkedInAt).toEqual(at(3));
    expect(await db.auditEntry.count({ where: { targetId: person.id } })).toBe(1);
    expect(await db.checkInChange.count({ where: { sessionId: session.id } })).toBe(3);
  });

  it("keeps the earliest time when both devices' changes land at once", async () => {
    const { register, context } = await setUp("sync-concurrent");
    const person = await register("Han Meimei");
    await Promise.all([
      applySyncBatch(context, batch(crypto.randomUUID(), at(40), [scan(person.ticketCode, at(12))]), at(40)),
      applySyncBatch(context, batch(crypto.randomUUID(), at(40), [scan(person.ticketCode, at(7))]), at(40)),
      checkIn(context.sessionId, person.ticketCode, context.trainerId, at(40)),
    ]);
    expect((await db.registration.findUniqueOrThrow({ where: { id: person.id } })).checkedInAt).toEqual(at(7));
  });

  it("refuses a scan for a cancelled or waiting registration, an unknown code or another session's ticket, and applies the rest of the batch", async () => {
    const { register, context, session } = await setUp("sync-refusals");
    const cancelled = await register("Cancelled Person", "cancelled");
    const waiting = await register("Waiting Person", "waitlisted");
    const fine = await register("Fine Person");
    const elsewhere = await makeTrainingSession("sync-refusals-other", 5);
    const foreign = await db.registration.create({
      data: { sessionId: elsewhere.id, status: "confirmed", name: "Other Session", email: "o@example.com", company: "", jobRole: "buyer", phone: "", interests: "[]", language: "en", ticketCode: newTicketCode() },
    });
    const changes = [
      scan(cancelled.ticketCode, at(1)),
      scan(waiting.ticketCode, at(2)),
      scan(newTicketCode(), at(3)),
      scan(foreign.ticketCode, at(4)),
      scan("not a code", at(5)),
      { id: crypto.randomUUID(), kind: "check-in", at: "yesterday", code: fine.ticketCode } as CheckInChange,
      scan(fine.ticketCode, at(6)),
    ];
    const answers = await applySyncBatch(context, batch(crypto.randomUUID(), at(10), changes), at(10));
    expect(answers.map((answer) => (answer.outcome === "refused" ? answer.reason : answer.result))).toEqual([
      "cancelledTicket",
      "waitlistedTicket",
      "unknownCode",
      "unknownCode",
      "invalidCode",
      "invalidChange",
      "checkedIn",
    ]);
    expect(answers[0]).toMatchObject({ name: "Cancelled Person" });
    const checkedIn = await db.registration.findMany({ where: { sessionId: session.id, checkedInAt: { not: null } }, select: { id: true } });
    expect(checkedIn).toEqual([{ id: fine.id }]);
    expect((await db.registration.findUniqueOrThrow({ where: { id: foreign.id } })).checkedInAt).toBeNull();
    // A refusal is remembered like an acceptance: the retry gets the same answer.
    const retry = await applySyncBatch(context, batch(crypto.randomUUID(), at(11), [changes[0]!]), at(11));
    expect(retry).toEqual([answers[0]]);
  });

  it("corrects a device clock that is wrong by more than two minutes and never records a time in the future", async () => {
    const { register, context } = await setUp("sync-clock-skew");
    const [behind, ahead, slightlyAhead, epoch] = await Promise.all([register("Behind"), register("Ahead"), register("Slightly Ahead"), register("Epoch")]);
    const received = at(60);
    const hour = 60 * MINUTE;
    // A phone one hour slow scanned at 01:10 real time (00:10 on its clock) and sent at 02:00 (01:00 on its clock).
    await applySyncBatch(context, batch(crypto.randomUUID(), new Date(received.getTime() - hour), [scan(behind.ticketCode, new Date(at(10).getTime() - hour))]), received);
    // A phone three hours fast.
    await applySyncBatch(context, batch(crypto.randomUUID(), new Date(received.getTime() + 3 * hour), [scan(ahead.ticketCode, new Date(at(20).getTime() + 3 * hour))]), received);
    // A phone one minute fast is trusted, but its last scan cannot be later than the server's receipt.
    await applySyncBatch(context, batch(crypto.randomUUID(), new Date(received.getTime() + MINUTE), [scan(slightlyAhead.ticketCode, new Date(received.getTime() + 30_000))]), received);
    // A phone whose clock restarted at 1970 after its battery died.
    const sinceEpoch = new Date(0 + 50 * MINUTE);
    await applySyncBatch(context, batch(crypto.randomUUID(), sinceEpoch, [scan(epoch.ticketCode, new Date(sinceEpoch.getTime() - 20 * MINUTE))]), received);

    const times = Object.fromEntries(
      (await db.registration.findMany({ where: { sessionId: context.sessionId }, select: { name: true, checkedInAt: true } })).map((row) => [row.name, row.checkedInAt]),
    );
    expect(times).toEqual({ Behind: at(10), Ahead: at(20), "Slightly Ahead": received, Epoch: at(40) });
    const stored = await db.checkInChange.findFirstOrThrow({ where: { registrationId: behind.id } });
    expect(stored.deviceTime).toEqual(new Date(at(10).getTime() - hour));
  });

  it("registers offline walk-ins once and lets the later attendance change win", async () => {
    const { register, context, learner } = await setUp("sync-walk-in-attendance");
    const person = await register("Zhao Min", "confirmed", learner.id);
    const walkIn: CheckInChange = { id: crypto.randomUUID(), kind: "walk-in", at: at(15).toISOString(), person: { name: " 陈静 ", email: "Chen@Example.com", company: "宁波玩具", phone: "13800138000", jobRole: "buyer" } };
    const badWalkIn: CheckInChange = { id: crypto.randomUUID(), kind: "walk-in", at: at(15).toISOString(), person: { name: "", email: "", company: "", phone: "", jobRole: "buyer" } };
    const device = crypto.randomUUID();
    const [added, refused] = await applySyncBatch(context, batch(device, at(30), [walkIn, badWalkIn]), at(30));
    await applySyncBatch(context, batch(device, at(31), [walkIn]), at(31));
    expect(added).toMatchObject({ outcome: "accepted", result: "walkInAdded", name: "陈静" });
    expect(refused).toMatchObject({ outcome: "refused", reason: "invalidChange" });
    const walkIns = await db.registration.findMany({ where: { sessionId: context.sessionId, walkIn: true } });
    expect(walkIns).toHaveLength(1);
    expect(walkIns[0]).toMatchObject({ name: "陈静", email: "chen@example.com", checkedInAt: at(15), attendance: "present", language: "zh" });
    expect((await db.trainingSession.findUniqueOrThrow({ where: { id: context.sessionId } })).confirmedCount).toBe(1);

    // Marked late online at 01:20; a device that marked the person absent at 01:10 syncs afterwards: late stays.
    await setAttendance(context.sessionId, person.id, "late", context.trainerId, at(20));
    const [older] = await applySyncBatch(context, batch(device, at(32), [{ id: crypto.randomUUID(), kind: "attendance", at: at(10).toISOString(), registrationId: person.id, attendance: "absent" }]), at(32));
    expect(older).toMatchObject({ outcome: "accepted", result: "attendanceSuperseded" });
    const [newer] = await applySyncBatch(context, batch(device, at(33), [{ id: crypto.randomUUID(), kind: "attendance", at: at(25).toISOString(), registrationId: person.id, attendance: "present" }]), at(33));
    expect(newer).toMatchObject({ outcome: "accepted", result: "attendanceSaved" });
    expect(await db.registration.findUniqueOrThrow({ where: { id: person.id } })).toMatchObject({ attendance: "present", checkedInAt: at(20) });
    const [elsewhere] = await applySyncBatch(context, batch(device, at(34), [{ id: crypto.randomUUID(), kind: "attendance", at: at(26).toISOString(), registrationId: "no-such-registration", attendance: "present" }]), at(34));
    expect(elsewhere).toMatchObject({ outcome: "refused", reason: "notOnRoster" });
    expect(await db.certificate.count({ where: { userId: learner.id, achievementId: context.sessionId } })).toBe(1);
  });

  it("refuses a change id already used for another session", async () => {
    const first = await setUp("sync-id-one");
    const second = await setUp("sync-id-two");
    const one = await first.register("One");
    const change = scan(one.ticketCode, at(1));
    await applySyncBatch(first.context, batch(crypto.randomUUID(), at(5), [change]), at(5));
    const [answer] = await applySyncBatch(second.context, batch(crypto.randomUUID(), at(6), [change]), at(6));
    expect(answer).toEqual({ id: change.id, outcome: "refused", reason: "conflictingId" });
  });

  it("lets a device pull what changed since its cursor", async () => {
    const { register, context } = await setUp("sync-feed");
    const [ana, ben] = await Promise.all([register("Ana"), register("Ben")]);
    const full = await rosterFeed(context.sessionId, null);
    expect(full.full).toBe(true);
    expect(full.people.map((person) => person.name).sort()).toEqual(["Ana", "Ben"]);
    // Once the rows are older than the cursor's overlap window, only what changes afterwards comes back.
    await db.registration.updateMany({ where: { sessionId: context.sessionId }, data: { updatedAt: new Date(Date.parse(full.cursor) - 60_000) } });
    const quiet = await rosterFeed(context.sessionId, full.cursor);
    expect(quiet.people).toEqual([]);
    const scannedAt = new Date(Date.now() - 3 * MINUTE);
    await applySyncBatch(context, batch(crypto.randomUUID(), new Date(), [scan(ben.ticketCode, scannedAt)]));
    const changed = await rosterFeed(context.sessionId, quiet.cursor);
    expect(changed.full).toBe(false);
    expect(changed.people).toEqual([expect.objectContaining({ id: ben.id, checkedInAt: scannedAt.toISOString(), attendance: "present" })]);
    expect(changed.people.some((person) => person.id === ana.id)).toBe(false);
    expect((await rosterFeed(context.sessionId, "not a date")).full).toBe(true);
  });
});
