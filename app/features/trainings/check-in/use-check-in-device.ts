import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { RosterEntry } from "./changes";
import { dismissChange, queueChange, storedChanges, storedRoster, type QueuedChange } from "./device-store";
import { localRoster } from "./local-roster";
import { syncDevice, type SyncOutcome } from "./sync-client";

/** While online, the device pulls the others' changes this often. */
const PULL_EVERY_MS = 15_000;

type Stored = { loaded: boolean; people: RosterEntry[]; changes: QueuedChange[]; pulledAt: string | null };

/**
 * The check-in device's state: the roster and queue kept in IndexedDB, the
 * network state, and syncing — when the page opens, after each change, when
 * the network comes back and every few seconds while online.
 */
export function useCheckInDevice(sessionId: string, syncUrl: string) {
  const [stored, setStored] = useState<Stored>({ loaded: false, people: [], changes: [], pulledAt: null });
  const [online, setOnline] = useState(true);
  const [syncing, setSyncing] = useState(false);
  const [outcome, setOutcome] = useState<SyncOutcome | null>(null);
  const running = useRef(false);
  const again = useRef(false);

  const reload = useCallback(async () => {
    const [roster, changes] = await Promise.all([storedRoster(sessionId), storedChanges(sessionId)]);
    setStored({ loaded: true, people: roster.people, changes, pulledAt: roster.pulledAt });
  }, [sessionId]);

  const sync = useCallback(async () => {
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    setSyncing(true);
    try {
      do {
        again.current = false;
        const result = await syncDevice(sessionId, syncUrl);
        setOutcome(result);
        await reload();
      } while (again.current && navigator.onLine);
    } finally {
      running.current = false;
      setSyncing(false);
    }
  }, [sessionId, syncUrl, reload]);

  useEffect(() => {
    const update = () => {
      setOnline(navigator.onLine);
      if (navigator.onLine) void sync();
    };
    const whenVisible = () => {
      if (document.visibilityState === "visible" && navigator.onLine) void sync();
    };
    setOnline(navigator.onLine);
    void reload().then(() => {
      if (navigator.onLine) void sync();
    });
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    document.addEventListener("visibilitychange", whenVisible);
    const timer = window.setInterval(() => {
      if (navigator.onLine) void sync();
    }, PULL_EVERY_MS);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
      document.removeEventListener("visibilitychange", whenVisible);
      window.clearInterval(timer);
    };
  }, [reload, sync]);

  /** Keeps a change on the device first, then tries to send it. */
  const record = useCallback(
    async (change: QueuedChange["change"], label: string) => {
      await queueChange({ id: change.id, sessionId, change, label, state: "waiting" });
      await reload();
      if (navigator.onLine) void sync();
    },
    [sessionId, reload, sync],
  );

  const dismiss = useCallback(
    async (id: string) => {
      await dismissChange(id);
      await reload();
    },
    [reload],
  );

  const roster = useMemo(() => localRoster(stored.people, stored.changes), [stored.people, stored.changes]);
  const waiting = stored.changes.filter((change) => change.state === "waiting");
  const refused = stored.changes.filter((change) => change.state === "refused");
  return { loaded: stored.loaded, pulledAt: stored.pulledAt, roster, waiting, refused, online, syncing, outcome, sync, record, dismiss };
}
