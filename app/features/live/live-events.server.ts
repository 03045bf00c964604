import { db, type Tx } from "~/platform/db/db.server";
import { engineSql } from "~/platform/db/engine-sql.server";
import { logger } from "~/platform/runtime/logger.server";

export type LiveEventRow = { id: number; kind: string; payload: string; audience: string };

/** Writes an event for a webinar's viewers (or its hosts only), in the transaction that makes the change it tells of. */
export async function publishLiveEvent(tx: Tx, webinarId: string, kind: "question" | "poll" | "pollResults", payload: unknown, audience: "all" | "hosts" = "all"): Promise<void> {
  await engineSql.orderAppend(tx, "LiveEvent");
  await tx.liveEvent.create({ data: { webinarId, kind, payload: JSON.stringify(payload), audience } });
}

/** The id of a webinar's newest event (0 when none): where a page that has just loaded the current state starts listening. */
export async function latestLiveEventId(webinarId: string): Promise<number> {
  const last = await db.liveEvent.findFirst({ where: { webinarId }, orderBy: { id: "desc" }, select: { id: true } });
  return last?.id ?? 0;
}

const POLL_MS = 500;
const BATCH = 500;

type Subscriber = { after: number; host: boolean; send(events: LiveEventRow[]): void };

/**
 * One reader per process for every webinar with viewers connected here: every
 * half second it reads each such webinar's events past the slowest of its
 * subscribers' positions and hands each subscriber those past its own. So a
 * change made by any process reaches the viewers of every process, and each
 * viewer gets every event once, in order, from wherever it resumed.
 */
class LiveEventHub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private timer: NodeJS.Timeout | null = null;
  private reading = false;

  subscribe(webinarId: string, after: number, host: boolean, send: Subscriber["send"]): () => void {
    const subscriber: Subscriber = { after, host, send };
    const set = this.subscribers.get(webinarId) ?? new Set();
    set.add(subscriber);
    this.subscribers.set(webinarId, set);
    this.timer ??= setInterval(() => void this.read(), POLL_MS);
    void this.read();
    return () => {
      set.delete(subscriber);
      if (set.size === 0) this.subscribers.delete(webinarId);
      if (this.subscribers.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = null;
      }
    };
  }

  private async read(): Promise<void> {
    if (this.reading) return;
    this.reading = true;
    try {
      for (const [webinarId, set] of this.subscribers) {
        const from = Math.min(...[...set].map((subscriber) => subscriber.after));
        const events = await db.liveEvent.findMany({ where: { webinarId, id: { gt: from } }, orderBy: { id: "asc" }, take: BATCH, select: { id: true, kind: true, payload: true, audience: true } });
        if (events.length === 0) continue;
        for (const subscriber of set) {
          const fresh = events.filter((event) => event.id > subscriber.after);
          if (fresh.length === 0) continue;
          subscriber.after = fresh.at(-1)!.id;
          const theirs = subscriber.host ? fresh : fresh.filter((event) => event.audience === "all");
          if (theirs.length > 0) subscriber.send(theirs);
        }
      }
    } catch (error) {
      logger.error({ err: error }, "live events: reading the bus failed; retrying");
    } finally {
      this.reading = false;
    }
  }
}

export const liveEventHub = new LiveEventHub();
