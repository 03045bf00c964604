// The signed-in learner's watch state (decision 0039): where they are in the
// video, the checkpoints they have answered and their checkpoint questions,
// which the page leaves out so learners at the same point share it.
import { useEffect, useState } from "react";
import type { WatchState } from "./personal-parts.server";

/** Waits before asking again after a failure: growing, then every 15 s while the page is open. */
const RETRY_AFTER_MS = [1_000, 2_000, 4_000, 8_000, 15_000];

/**
 * Fetches the state from `url` once the page has hydrated; null until it
 * comes. A network failure or a server error is asked again; a refusal (the
 * session ended: a redirect to the login page) is not.
 */
export function useWatchState(url: string, signedIn: boolean): WatchState | null {
  const [state, setState] = useState<WatchState | null>(null);
  useEffect(() => {
    if (!signedIn) return;
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const ask = async (failures: number) => {
      try {
        const response = await fetch(url, { headers: { accept: "application/json" } });
        if (response.ok && !response.redirected) {
          const answer = (await response.json()) as WatchState;
          if (!stopped) setState(answer);
          return;
        }
        if (response.status < 500) return;
      } catch {
        // Offline or cut off: asked again below.
      }
      if (!stopped) retry = setTimeout(() => void ask(failures + 1), RETRY_AFTER_MS[Math.min(failures, RETRY_AFTER_MS.length - 1)]);
    };
    void ask(0);
    return () => {
      stopped = true;
      clearTimeout(retry);
    };
  }, [url, signedIn]);
  return state;
}
