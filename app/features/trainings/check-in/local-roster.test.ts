import { describe, expect, it } from "vitest";
import type { RosterEntry } from "./changes";
import type { QueuedChange } from "./device-store";
import { decideScan, localRoster } from "./local-roster";

const person = (name: string, ticketCode: string, extra: Partial<RosterEntry> = {}): RosterEntry => ({
  id: `id-${name}`,
  name,
  company: "",
  ticketCode,
  status: "confirmed",
  walkIn: false,
  attendance: null,
  checkedInAt: null,
  ...extra,
});

const ana = person("Ana", "AAAA-BBBB-CCCC-DDD1");
const ben = person("Ben", "AAAA-BBBB-CCCC-DDD2", { checkedInAt: "2027-03-16T01:05:00.000Z", attendance: "present" });
const cancelled = person("Cai", "AAAA-BBBB-CCCC-DDD3", { status: "cancelled" });
const waiting = person("Dai", "AAAA-BBBB-CCCC-DDD4", { status: "waitlisted" });

const queued = (change: QueuedChange["change"], state: QueuedChange["state"] = "waiting"): QueuedChange => ({ id: change.id, sessionId: "s", change, label: "", state });

describe("decisions on the check-in device", () => {
  it("checks a valid ticket in, says when for one already checked in, refuses cancelled, waiting, unknown and malformed codes", () => {
    const roster = [ana, ben, cancelled, waiting];
    expect(decideScan("aaaa bbbb cccc ddd1", roster)).toEqual({ kind: "checkIn", person: ana });
    expect(decideScan(ben.ticketCode, roster)).toEqual({ kind: "alreadyCheckedIn", person: ben, at: ben.checkedInAt });
    expect(decideScan(cancelled.ticketCode, roster)).toEqual({ kind: "cancelledTicket", person: cancelled });
    expect(decideScan(waiting.ticketCode, roster)).toEqual({ kind: "waitlistedTicket", person: waiting });
    expect(decideScan("ZZZZ-ZZZZ-ZZZZ-ZZZZ", roster)).toEqual({ kind: "unknownCode" });
    expect(decideScan("hello", roster)).toEqual({ kind: "invalidCode" });
  });

  it("lays the device's waiting changes over the pulled roster, so a second scan on this device is already checked in", () => {
    const scan = queued({ id: "c1", kind: "check-in", at: "2027-03-16T01:10:00.000Z", code: ana.ticketCode });
    const walkIn = queued({ id: "c2", kind: "walk-in", at: "2027-03-16T01:11:00.000Z", person: { name: " Eve ", email: "", company: "ACME", phone: "", jobRole: "other" } });
    const absent = queued({ id: "c3", kind: "attendance", at: "2027-03-16T01:12:00.000Z", registrationId: ben.id, attendance: "absent" });
    const refused = queued({ id: "c4", kind: "check-in", at: "2027-03-16T01:13:00.000Z", code: cancelled.ticketCode }, "refused");
    const roster = localRoster([ana, ben, cancelled], [scan, walkIn, absent, refused]);
    expect(roster.find((entry) => entry.id === ana.id)).toMatchObject({ checkedInAt: "2027-03-16T01:10:00.000Z", attendance: "present" });
    expect(roster.find((entry) => entry.id === "c2")).toMatchObject({ name: "Eve", company: "ACME", walkIn: true, checkedInAt: "2027-03-16T01:11:00.000Z" });
    expect(roster.find((entry) => entry.id === ben.id)).toMatchObject({ attendance: "absent", checkedInAt: null });
    expect(roster.find((entry) => entry.id === cancelled.id)).toMatchObject({ checkedInAt: null });
    expect(decideScan(ana.ticketCode, roster)).toMatchObject({ kind: "alreadyCheckedIn", at: "2027-03-16T01:10:00.000Z" });
    // The pulled roster is left as it was.
    expect(ana.checkedInAt).toBeNull();
  });
});
