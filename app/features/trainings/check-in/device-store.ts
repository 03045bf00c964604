import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { CheckInChange, RefusalReason, RosterEntry } from "./changes";

/**
 * What a check-in device keeps in IndexedDB, so the roster and every scan
 * not yet synced survive a closed tab, a crashed browser or a restarted
 * phone (decision 0029). Browser only.
 */

/** A change made on this device: waiting to sync, or refused by the server with its reason (until dismissed). */
export type QueuedChange = {
  id: string;
  sessionId: string;
  change: CheckInChange;
  /** Who it is about, as the device knew them, to show while it waits or after a refusal. */
  label: string;
  state: "waiting" | "refused";
  reason?: RefusalReason;
};

/** A session's roster as last pulled, and the cursor for the next pull. */
export type StoredRoster = { sessionId: string; cursor: string | null; pulledAt: string | null; people: RosterEntry[] };

interface CheckInDb extends DBSchema {
  device: { key: string; value: string };
  rosters: { key: string; value: StoredRoster };
  changes: { key: string; value: QueuedChange; indexes: { bySession: string } };
}

let opened: Promise<IDBPDatabase<CheckInDb>> | null = null;

function database() {
  opened ??= openDB<CheckInDb>("check-in", 1, {
    upgrade(db) {
      db.createObjectStore("device");
      db.createObjectStore("rosters", { keyPath: "sessionId" });
      db.createObjectStore("changes", { keyPath: "id" }).createIndex("bySession", "sessionId");
    },
  });
  return opened;
}

/** This device's id, made once and kept. */
export async function deviceId(): Promise<string> {
  const db = await database();
  const tx = db.transaction("device", "readwrite");
  const known = await tx.store.get("id");
  if (known) return known;
  const id = crypto.randomUUID();
  await tx.store.put(id, "id");
  await tx.done;
  return id;
}

export async function storedRoster(sessionId: string): Promise<StoredRoster> {
  return (await (await database()).get("rosters", sessionId)) ?? { sessionId, cursor: null, pulledAt: null, people: [] };
}

export async function saveRoster(roster: StoredRoster): Promise<void> {
  await (await database()).put("rosters", roster);
}

/** The session's changes in the order they were made on the device. */
export async function storedChanges(sessionId: string): Promise<QueuedChange[]> {
  const changes = await (await database()).getAllFromIndex("changes", "bySession", sessionId);
  return changes.sort((a, b) => a.change.at.localeCompare(b.change.at));
}

export async function queueChange(change: QueuedChange): Promise<void> {
  await (await database()).put("changes", change);
}

/** Applies the server's answers: accepted changes leave the queue, refused ones stay with their reason. */
export async function settleChanges(accepted: string[], refused: { id: string; reason: RefusalReason }[]): Promise<void> {
  const db = await database();
  const tx = db.transaction("changes", "readwrite");
  await Promise.all(accepted.map((id) => tx.store.delete(id)));
  for (const { id, reason } of refused) {
    const change = await tx.store.get(id);
    if (change) await tx.store.put({ ...change, state: "refused", reason });
  }
  await tx.done;
}

export async function dismissChange(id: string): Promise<void> {
  await (await database()).delete("changes", id);
}
