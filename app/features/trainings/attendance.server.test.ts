import { describe, expect, it } from "vitest";
import { db } from "~/platform/db/db.server";
import { checkIn, registerWalkIn, setAttendance } from "./attendance.server";
import { makeTrainingSession } from "./test-support/make-training-session";
import { newTicketCode, normalizeTicketCode } from "./ticket-code.server";

describe("ticket codes", () => {
  it("are unguessable, readable and typed forgivingly", () => {
    const codes = new Set(Array.from({ length: 1000 }, () => newTicketCode()));
    expect(codes.size).toBe(1000);
    const code = [...codes][0]!;
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(normalizeTicketCode(code.toLowerCase().replace(/-/g, " "))).toBe(code);
    expect(normalizeTicketCode("ABCD-EFGH-JKMN-PQRO")).toBe("ABCD-EFGH-JKMN-PQR0");
    expect(normalizeTicketCode("short")).toBeNull();
    expect(normalizeTicketCode("<script>alert(1)</script>")).toBeNull();
  });
});

describe("check-in", () => {
  it("checks a ticket in once, reports the first time on a second scan, and audits each change once", async () => {
    const session = await makeTrainingSession("checkin-test", 5);
    const trainer = (await db.user.create({ data: { email: "checkin-trainer@example.com", passwordHash: "unused", name: "Trainer", role: "trainer" } })).id;
    const ticketCode = newTicketCode();
    await db.registration.create({
      data: { sessionId: session.id, status: "confirmed", name: "李雷", email: "li@example.com", company: "", jobRole: "buyer", phone: "", interests: "[]", language: "zh", ticketCode },
    });
    const first = new Date("2027-03-16T01:12:00Z");
    expect(await checkIn(session.id, ticketCode.toLowerCase(), trainer, first)).toEqual({ kind: "checkedIn", name: "李雷", at: first });
    const [again, concurrent] = await Promise.all([
      checkIn(session.id, ticketCode, trainer, new Date("2027-03-16T01:30:00Z")),
      checkIn(session.id, ticketCode, trainer, new Date("2027-03-16T01:31:00Z")),
    ]);
    expect(again).toEqual({ kind: "alreadyCheckedIn", name: "李雷", at: first });
    expect(concurrent).toEqual({ kind: "alreadyCheckedIn", name: "李雷", at: first });
    expect(await checkIn(session.id, newTicketCode(), trainer)).toEqual({ kind: "unknownCode" });
    expect(await checkIn(session.id, "nonsense", trainer)).toEqual({ kind: "invalidCode" });

    const walkIn = await registerWalkIn(session.id, { name: "Walk In", email: "", company: "", phone: "", jobRole: "other", language: "en" }, trainer);
    expect(walkIn).toMatchObject({ status: "confirmed", attendance: "present", walkIn: true });
    const late = await setAttendance(session.id, walkIn.id, "late", trainer);
    expect(late?.attendance).toBe("late");
    expect(await setAttendance("another-session", walkIn.id, "absent", trainer)).toBeNull();

    const entries = await db.auditEntry.findMany({ where: { actorId: trainer }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
    expect(entries.map((entry) => [entry.action, JSON.parse(entry.details).attendance ?? null])).toEqual([
      ["registration.attendance", "present"],
      ["registration.walk-in", null],
      ["registration.attendance", "late"],
    ]);
  });
});
