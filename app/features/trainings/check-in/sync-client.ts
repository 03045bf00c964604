import { SYNC_BATCH_SIZE, type ChangeAnswer, type RefusalReason, type RosterEntry, type RosterFeed } from "./changes";
import { deviceId, saveRoster, settleChanges, storedChanges, storedRoster } from "./device-store";

/** How a sync ended: everything sent and the roster pulled, no network, the login ended, or the server failed. */
export type SyncOutcome = "synced" | "offline" | "signedOut" | "failed";

class SyncStopped extends Error {
  constructor(readonly outcome: Exclude<SyncOutcome, "synced">) {
    super(outcome);
  }
}

/**
 * Sends this device's waiting changes in batches, records the server's
 * answer to each, then pulls what changed on the roster since the last
 * pull (what the other devices did). Safe to stop at any point: a batch
 * whose answer was lost is sent again and answered the same.
 */
export async function syncDevice(sessionId: string, syncUrl: string): Promise<SyncOutcome> {
  if (!navigator.onLine) return "offline";
  try {
    for (;;) {
      const waiting = (await storedChanges(sessionId)).filter((change) => change.state === "waiting").slice(0, SYNC_BATCH_SIZE);
      if (waiting.length === 0) break;
      const body = { deviceId: await deviceId(), sentAt: new Date().toISOString(), changes: waiting.map((queued) => queued.change) };
      const { answers } = await request<{ answers: ChangeAnswer[] }>(syncUrl, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
      const accepted = answers.filter((answer) => answer.outcome === "accepted").map((answer) => answer.id);
      const refused = answers.flatMap((answer) => (answer.outcome === "refused" ? [{ id: answer.id, reason: answer.reason as RefusalReason }] : []));
      await settleChanges(accepted, refused);
    }
    const roster = await storedRoster(sessionId);
    const feed = await request<RosterFeed>(`${syncUrl}${roster.cursor ? `?since=${encodeURIComponent(roster.cursor)}` : ""}`, { method: "GET" });
    await saveRoster({ sessionId, cursor: feed.cursor, pulledAt: new Date().toISOString(), people: merge(feed.full ? [] : roster.people, feed.people) });
    return "synced";
  } catch (error) {
    if (error instanceof SyncStopped) return error.outcome;
    return navigator.onLine ? "failed" : "offline";
  }
}

/** JSON from the sync endpoint; a redirect means the login ended (it would lead to the login page). */
async function request<T>(url: string, init: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, credentials: "same-origin", redirect: "manual", cache: "no-store" });
  if (response.type === "opaqueredirect" || response.status === 401 || response.status === 403) throw new SyncStopped("signedOut");
  if (!response.ok) throw new SyncStopped("failed");
  return (await response.json()) as T;
}

function merge(people: RosterEntry[], changed: RosterEntry[]): RosterEntry[] {
  const byId = new Map(people.map((person) => [person.id, person]));
  for (const person of changed) byId.set(person.id, person);
  return [...byId.values()];
}
