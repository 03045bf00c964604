import { normalizeTicketCode } from "../ticket-code";
import type { RosterEntry } from "./changes";
import type { QueuedChange } from "./device-store";

/**
 * The roster as this device sees it: the last pulled roster with its own
 * changes not yet synced laid over it (check-ins, walk-ins, attendance).
 */
export function localRoster(people: RosterEntry[], changes: QueuedChange[]): RosterEntry[] {
  const byId = new Map(people.map((person) => [person.id, { ...person }]));
  const byCode = new Map(people.map((person) => [person.ticketCode, person.id]));
  for (const { id, change, state } of changes) {
    if (state !== "waiting") continue;
    if (change.kind === "check-in") {
      const person = byId.get(byCode.get(normalizeTicketCode(change.code) ?? "") ?? "");
      if (person && (!person.checkedInAt || person.checkedInAt > change.at)) {
        person.checkedInAt = change.at;
        person.attendance = person.attendance === "late" ? "late" : "present";
      }
    } else if (change.kind === "walk-in") {
      byId.set(id, { id, name: change.person.name.trim(), company: (change.person.company ?? "").trim(), ticketCode: "", status: "confirmed", walkIn: true, attendance: "present", checkedInAt: change.at });
    } else {
      const person = byId.get(change.registrationId);
      if (person) {
        person.attendance = change.attendance;
        const attended = change.attendance === "present" || change.attendance === "late";
        person.checkedInAt = attended ? (person.checkedInAt ?? change.at) : null;
      }
    }
  }
  return [...byId.values()].sort((a, b) => a.status.localeCompare(b.status) || a.name.localeCompare(b.name));
}

export type LocalDecision =
  | { kind: "checkIn"; person: RosterEntry }
  | { kind: "alreadyCheckedIn"; person: RosterEntry; at: string }
  | { kind: "cancelledTicket" | "waitlistedTicket"; person: RosterEntry }
  | { kind: "unknownCode" | "invalidCode" };

/**
 * Decides a scan on the device, against its roster: a valid ticket of this
 * session is checked in (and queued); a ticket already checked in (on this
 * device, or by another before the last pull) says since when; a cancelled
 * or waiting registration and an unknown code are refused at the door.
 */
export function decideScan(typed: string, roster: RosterEntry[]): LocalDecision {
  const code = normalizeTicketCode(typed);
  if (!code) return { kind: "invalidCode" };
  const person = roster.find((entry) => entry.ticketCode === code);
  if (!person) return { kind: "unknownCode" };
  if (person.status === "cancelled") return { kind: "cancelledTicket", person };
  if (person.status === "waitlisted") return { kind: "waitlistedTicket", person };
  if (person.checkedInAt) return { kind: "alreadyCheckedIn", person, at: person.checkedInAt };
  return { kind: "checkIn", person };
}
