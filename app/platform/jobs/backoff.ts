const MINUTE = 60_000;

/** Waits before the 2nd, 3rd, … attempt; after the last one the job fails. */
export const RETRY_DELAYS_MS = [1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 120 * MINUTE, 720 * MINUTE];

/** Attempts in all: the first, then one after each delay. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** When to try again after attempt number `attempt` (1-based) failed; null when none is left. */
export function nextAttemptAt(attempt: number, maxAttempts: number, now: Date): Date | null {
  if (attempt >= maxAttempts) return null;
  const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length) - 1]!;
  return new Date(now.getTime() + delay);
}
