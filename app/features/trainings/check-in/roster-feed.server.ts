import { db } from "~/platform/db/db.server";
import { isAttendance, registrationStatusOf } from "../vocabulary";
import type { RosterEntry, RosterFeed } from "./changes";

/**
 * Changes read again on every pull. A registration written by a transaction
 * that committed after a pull read past its `updatedAt`, or by an app
 * process whose clock runs a little behind, still reaches every device; the
 * device merges by id, so reading a row twice costs nothing.
 */
const OVERLAP_MS = 10_000;

/**
 * Everyone on the session's roster changed since `cursor` (everyone when
 * there is no usable cursor), with the cursor for the next pull: how each
 * device learns what the other devices at the door did.
 */
export async function rosterFeed(sessionId: string, cursor: string | null): Promise<RosterFeed> {
  const since = cursor && !Number.isNaN(Date.parse(cursor)) ? new Date(Date.parse(cursor) - OVERLAP_MS) : null;
  const rows = await db.registration.findMany({
    where: { sessionId, ...(since ? { updatedAt: { gt: since } } : {}) },
    orderBy: { updatedAt: "asc" },
    select: { id: true, name: true, company: true, ticketCode: true, status: true, walkIn: true, attendance: true, checkedInAt: true, updatedAt: true },
  });
  const latest = rows.at(-1)?.updatedAt.toISOString();
  return {
    cursor: latest ?? (since ? cursor! : new Date(0).toISOString()),
    full: since === null,
    people: rows.map(toEntry),
  };
}

function toEntry(row: { id: string; name: string; company: string; ticketCode: string; status: string; walkIn: boolean; attendance: string | null; checkedInAt: Date | null }): RosterEntry {
  return {
    id: row.id,
    name: row.name,
    company: row.company,
    ticketCode: row.ticketCode,
    status: registrationStatusOf(row.status),
    walkIn: row.walkIn,
    attendance: isAttendance(row.attendance) ? row.attendance : null,
    checkedInAt: row.checkedInAt?.toISOString() ?? null,
  };
}
