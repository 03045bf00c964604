import { describe, expect, it } from "vitest";
import { db } from "~/platform/db/db.server";
import { makeTrainingSession } from "./test-support/make-training-session";
import { makeUsers, registrationBurst, registrationDetails as details } from "./test-support/registration-burst";
import { cancelRegistration, registerForTrainingSession } from "./registration.server";
import { waitlistPosition } from "./waitlist.server";

describe("registration under load", () => {
  it("confirms exactly the capacity of 300 concurrent registrations, queues the rest in order, and promotes in order", async () => {
    const { session, users, outcomes } = await registrationBurst("load", 300, 40);

    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    const confirmed = await db.registration.findMany({ where: { sessionId: session.id, status: "confirmed" } });
    const waiting = await db.registration.findMany({
      where: { sessionId: session.id, status: "waitlisted" },
      orderBy: [{ queuedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    });
    expect(confirmed).toHaveLength(40);
    expect(waiting).toHaveLength(260);
    expect(new Set([...confirmed, ...waiting].map((r) => r.userId)).size).toBe(300);
    expect((await db.trainingSession.findUniqueOrThrow({ where: { id: session.id } })).confirmedCount).toBe(40);
    // Each registration queued its mail in its own transaction: one per person, of the right kind.
    const mails = await db.job.groupBy({ by: ["kind"], where: { targetId: { in: [...confirmed, ...waiting].map((r) => r.id) } }, _count: { _all: true } });
    expect(mails.map((group) => [group.kind, group._count._all]).sort()).toEqual([
      ["mail.registrationConfirmed", 40],
      ["mail.registrationWaitlisted", 260],
    ]);

    // Arrival order: the first 40 requests got the seats, the queue follows request order.
    const order = (registration: { name: string }) => Number(registration.name.slice(1));
    expect(confirmed.map(order).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(waiting.map(order)).toEqual(Array.from({ length: 260 }, (_, i) => i + 40));
    expect(await waitlistPosition(waiting[0]!)).toBe(1);
    expect(await waitlistPosition(waiting[259]!)).toBe(260);

    // A second registration by the same person is refused.
    expect(await registerForTrainingSession(session.id, users[0]!.id, details("again"))).toEqual({ ok: false, reason: "alreadyRegistered" });

    // Cancellations promote the first in the queue, one by one.
    for (const [index, cancelled] of confirmed.slice(0, 3).entries()) {
      const result = await cancelRegistration(cancelled.id);
      expect(result).toEqual({ ok: true, promotedRegistrationId: waiting[index]!.id });
    }
    expect(await waitlistPosition(waiting[3]!)).toBe(1);
    expect(await db.registration.count({ where: { sessionId: session.id, status: "confirmed" } })).toBe(40);

    // Leaving the waiting list promotes nobody.
    expect(await cancelRegistration(waiting[10]!.id)).toEqual({ ok: true, promotedRegistrationId: null });
  }, 60_000);

  it("refuses registration after the deadline and for a cancelled session, and re-opens a cancelled registration", async () => {
    const late = await makeTrainingSession("late-test", 10, new Date(Date.now() - 1000));
    const [user] = await makeUsers("late", 1);
    expect(await registerForTrainingSession(late.id, user!.id, details("late"))).toEqual({ ok: false, reason: "deadlinePassed" });

    const cancelledSession = await makeTrainingSession("cancelled-test", 10);
    await db.trainingSession.update({ where: { id: cancelledSession.id }, data: { status: "cancelled" } });
    expect(await registerForTrainingSession(cancelledSession.id, user!.id, details("x"))).toEqual({ ok: false, reason: "cancelled" });

    const open = await makeTrainingSession("reopen-test", 1);
    const first = await registerForTrainingSession(open.id, user!.id, details("first"));
    expect(first).toMatchObject({ ok: true, status: "confirmed" });
    await cancelRegistration(first.ok ? first.registrationId : "");
    const again = await registerForTrainingSession(open.id, user!.id, details("again"));
    expect(again).toMatchObject({ ok: true, status: "confirmed" });
    expect(await db.registration.count({ where: { sessionId: open.id } })).toBe(1);
  });
});
