import { useEffect, useState } from "react";
import { isLiveStatus, type LiveStatus } from "./vocabulary";

const POLL_MS = 3000;

/** Polls the webinar's status until the page is left; the host starting or stopping shows here by itself. */
export function useLiveStatus(webinarId: string, initial: LiveStatus): LiveStatus {
  const [status, setStatus] = useState(initial);
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      try {
        const response = await fetch(`/live/${webinarId}/status.json`, { cache: "no-store" });
        const body = (await response.json()) as { status?: unknown };
        if (!stopped && isLiveStatus(body.status)) setStatus(body.status);
      } catch {
        // Offline for a moment: the next check tries again.
      }
    };
    const timer = window.setInterval(() => void check(), POLL_MS);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [webinarId]);
  return status;
}

