import { z } from "zod";
import { ATTENDANCE } from "../vocabulary";
import { walkInSchema } from "../walk-in-schema";

/**
 * What a check-in device sends when it syncs: the changes it made (offline or
 * not), each under an id the device generated, with the device's time. Shared
 * by the device (which builds them) and the server (which applies them).
 */

/** Changes per upload; a longer queue goes up in several batches. */
export const SYNC_BATCH_SIZE = 50;

const changeId = z.uuid();
const deviceTime = z.iso.datetime({ offset: true });

export const checkInChangeSchema = z.discriminatedUnion("kind", [
  z.object({ id: changeId, kind: z.literal("check-in"), at: deviceTime, code: z.string().max(64) }),
  z.object({ id: changeId, kind: z.literal("walk-in"), at: deviceTime, person: walkInSchema }),
  z.object({ id: changeId, kind: z.literal("attendance"), at: deviceTime, registrationId: z.string().min(1).max(64), attendance: z.enum(ATTENDANCE).nullable() }),
]);

export type CheckInChange = z.input<typeof checkInChangeSchema>;
export type CheckInChangeKind = CheckInChange["kind"];

/**
 * A batch: the device's id, its clock when it sent the batch (to correct a
 * wrong clock, see recorded-time.ts) and the changes. Each change is checked
 * on its own, so one the server cannot read is refused alone and the rest
 * still land.
 */
export const syncBatchSchema = z.object({
  deviceId: z.uuid(),
  sentAt: deviceTime,
  changes: z.array(z.looseObject({ id: changeId })).min(1).max(SYNC_BATCH_SIZE),
});

export type SyncBatch = z.input<typeof syncBatchSchema>;

/** Why the server refused a change; each has a message in both languages (trainings.checkIn.refused). */
export const REFUSAL_REASONS = ["unknownCode", "invalidCode", "cancelledTicket", "waitlistedTicket", "notOnRoster", "invalidChange", "conflictingId"] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** The server's answer to one change; a retried change gets the same answer again. */
export type ChangeAnswer =
  | { id: string; outcome: "accepted"; result: "checkedIn" | "alreadyCheckedIn"; name: string; registrationId: string; at: string }
  | { id: string; outcome: "accepted"; result: "walkInAdded"; name: string; registrationId: string; at: string }
  | { id: string; outcome: "accepted"; result: "attendanceSaved" | "attendanceSuperseded"; name: string; registrationId: string }
  | { id: string; outcome: "refused"; reason: RefusalReason; name?: string };

/** One person as the device keeps them: what it needs to decide scans offline and show the roster. */
export type RosterEntry = {
  id: string;
  name: string;
  company: string;
  ticketCode: string;
  status: "confirmed" | "waitlisted" | "cancelled";
  walkIn: boolean;
  attendance: (typeof ATTENDANCE)[number] | null;
  checkedInAt: string | null;
};

/** What the device pulls: everyone changed since its cursor (everyone on the first pull) and the next cursor. */
export type RosterFeed = { cursor: string; full: boolean; people: RosterEntry[] };
