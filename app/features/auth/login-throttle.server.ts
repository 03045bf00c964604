import { setTimeout as sleep } from "node:timers/promises";
import { db } from "~/platform/db/db.server";
import { normalizeEmail } from "./user.server";

export const LOGIN_WINDOW_MINUTES = 15;
/** Wrong passwords for one account from one client address before that client must wait. */
export const MAX_FAILURES_PER_ACCOUNT_AND_CLIENT = 5;
/** Wrong passwords from one client address, for any accounts, before it must wait. */
export const MAX_FAILURES_PER_CLIENT = 30;
/** Wrong passwords for one account, from anywhere, before every attempt at it is slowed down. */
export const FREE_FAILURES_PER_ACCOUNT = 5;
export const FIRST_ACCOUNT_DELAY_MS = 500;
export const MAX_ACCOUNT_DELAY_MS = 8_000;
/** Attempts are kept this long (for the windows above and for looking into an attack), then deleted. */
const KEEP_ATTEMPTS_MS = 24 * 60 * 60_000;

/** Either this client must wait, or the password may be checked after `delayMs`. */
export type LoginThrottle = { refused: true; retryAfterMinutes: number } | { refused: false; delayMs: number };
type Failure = { id: string; ip: string; createdAt: Date };

/**
 * Counts an attempt as failed before the password is checked, so parallel
 * requests cannot all slip under a limit; a correct password clears it
 * (`markLoginSucceeded`). Of failures recorded earlier in the window:
 *
 * - per account and client, and per client: past the limit, this client is
 *   refused without a check and the attempt is not counted. Someone guessing
 *   at an account from their machine never blocks the owner on theirs.
 * - per account, from all clients: past a few, every attempt waits a little
 *   longer before its check (doubling up to a few seconds) but is still
 *   checked, so the owner's correct password always gets in — there is no
 *   lock an attacker could hold shut.
 *
 * Counted in the database, so every app process enforces the same limits.
 */
export async function beginLoginAttempt(email: string, ip: string, now = new Date()): Promise<{ attemptId: string; throttle: LoginThrottle }> {
  const account = normalizeEmail(email);
  await db.loginAttempt.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - KEEP_ATTEMPTS_MS) } } });
  const { id: attemptId } = await db.loginAttempt.create({ data: { email: account, ip, succeeded: false, createdAt: now }, select: { id: true } });
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  const [byAccount, byClient] = await Promise.all([failures({ email: account }, since), failures({ ip }, since)]);
  const accountBefore = before(byAccount, attemptId);
  const blocking =
    limitReachedBy(accountBefore.filter((failure) => failure.ip === ip), MAX_FAILURES_PER_ACCOUNT_AND_CLIENT) ??
    limitReachedBy(before(byClient, attemptId), MAX_FAILURES_PER_CLIENT);
  if (blocking) {
    // Refused unchecked: this attempt says nothing about the password, so it is not a failure.
    await db.loginAttempt.deleteMany({ where: { id: attemptId } });
    const unblocksAt = blocking.createdAt.getTime() + LOGIN_WINDOW_MINUTES * 60_000;
    return { attemptId, throttle: { refused: true, retryAfterMinutes: Math.max(1, Math.ceil((unblocksAt - now.getTime()) / 60_000)) } };
  }
  return { attemptId, throttle: { refused: false, delayMs: accountDelayMs(accountBefore.length) } };
}

/** How long an attempt at an account waits, given the failures for it already in the window. */
export function accountDelayMs(failuresForAccount: number): number {
  if (failuresForAccount < FREE_FAILURES_PER_ACCOUNT) return 0;
  return Math.min(MAX_ACCOUNT_DELAY_MS, FIRST_ACCOUNT_DELAY_MS * 2 ** (failuresForAccount - FREE_FAILURES_PER_ACCOUNT));
}

export async function markLoginSucceeded(attemptId: string): Promise<void> {
  await db.loginAttempt.updateMany({ where: { id: attemptId }, data: { succeeded: true } });
}

/** Failures recorded before this attempt (ordered as every process sees them). */
function before(list: Failure[], attemptId: string): Failure[] {
  const mine = list.findIndex((failure) => failure.id === attemptId);
  return mine >= 0 ? list.slice(0, mine) : list;
}

/** The failure that puts the next attempt over the limit, if any: the one whose expiry lifts it. */
function limitReachedBy(list: Failure[], max: number): Failure | undefined {
  return list.length >= max ? list[list.length - max] : undefined;
}

function failures(where: { email: string } | { ip: string }, since: Date): Promise<Failure[]> {
  return db.loginAttempt.findMany({
    where: { ...where, succeeded: false, createdAt: { gte: since } },
    select: { id: true, ip: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export type ThrottledCheck<T> = { refused: true; retryAfterMinutes: number } | { refused: false; result: T };

/**
 * Runs a password check under the throttle: refused unchecked when this
 * client is over a limit, delayed when the account has recent failures, and
 * not counted as a failure when `isCorrect` says the password was right.
 */
export async function throttledPasswordCheck<T>(email: string, ip: string, check: () => Promise<T>, isCorrect: (result: T) => boolean): Promise<ThrottledCheck<T>> {
  const { attemptId, throttle } = await beginLoginAttempt(email, ip);
  if (throttle.refused) return throttle;
  if (throttle.delayMs > 0) await sleep(throttle.delayMs);
  const result = await check();
  if (isCorrect(result)) await markLoginSucceeded(attemptId);
  return { refused: false, result };
}
