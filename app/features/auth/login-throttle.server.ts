import { setTimeout as sleep } from "node:timers/promises";
import { db, type Tx } from "~/platform/db/db.server";
import { engineSql } from "~/platform/db/engine-sql.server";
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
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  // One attempt at a time records itself and reads what came before it, so
  // every attempt sees all earlier ones and none later, whatever the engine.
  const { attemptId, byAccount, byClient } = await db.$transaction(async (tx) => {
    await engineSql.orderAppend(tx, "LoginAttempt");
    const { id } = await tx.loginAttempt.create({ data: { email: account, ip, succeeded: false, createdAt: now }, select: { id: true } });
    return { attemptId: id, byAccount: await failures(tx, { email: account }, since, id), byClient: await failures(tx, { ip }, since, id) };
  });
  const blocking =
    limitReachedBy(byAccount.filter((failure) => failure.ip === ip), MAX_FAILURES_PER_ACCOUNT_AND_CLIENT) ??
    limitReachedBy(byClient, MAX_FAILURES_PER_CLIENT);
  if (blocking) {
    // Refused unchecked: this attempt says nothing about the password, so it is not a failure.
    await db.loginAttempt.deleteMany({ where: { id: attemptId } });
    const unblocksAt = blocking.createdAt.getTime() + LOGIN_WINDOW_MINUTES * 60_000;
    return { attemptId, throttle: { refused: true, retryAfterMinutes: Math.max(1, Math.ceil((unblocksAt - now.getTime()) / 60_000)) } };
  }
  return { attemptId, throttle: { refused: false, delayMs: accountDelayMs(byAccount.length) } };
}

/** How long an attempt at an account waits, given the failures for it already in the window. */
export function accountDelayMs(failuresForAccount: number): number {
  if (failuresForAccount < FREE_FAILURES_PER_ACCOUNT) return 0;
  return Math.min(MAX_ACCOUNT_DELAY_MS, FIRST_ACCOUNT_DELAY_MS * 2 ** (failuresForAccount - FREE_FAILURES_PER_ACCOUNT));
}

export async function markLoginSucceeded(attemptId: string): Promise<void> {
  await db.loginAttempt.updateMany({ where: { id: attemptId }, data: { succeeded: true } });
}

/** The failure that puts the next attempt over the limit, if any: the one whose expiry lifts it. */
function limitReachedBy(list: Failure[], max: number): Failure | undefined {
  return list.length >= max ? list[list.length - max] : undefined;
}

/** Failures in the window other than this attempt, oldest first: with the append lock held, all of them came before it. */
function failures(tx: Tx, where: { email: string } | { ip: string }, since: Date, attemptId: string): Promise<Failure[]> {
  return tx.loginAttempt.findMany({
    where: { ...where, succeeded: false, createdAt: { gte: since }, id: { not: attemptId } },
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
