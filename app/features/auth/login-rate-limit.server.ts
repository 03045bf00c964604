import { db } from "~/features/server/db.server";
import { normalizeEmail } from "./user.server";

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

type Limited = { limited: true; retryAfterMinutes: number } | { limited: false };
type Failure = { id: string; createdAt: Date };

/**
 * Failed logins in the last window, per account and per client address.
 * Counted in the database so every app process enforces the same limit.
 * With `attemptId`, only failures recorded before that attempt count, so of
 * many simultaneous attempts exactly the first few get through.
 */
export async function checkLoginRateLimit(email: string, ip: string, now = new Date(), attemptId?: string): Promise<Limited> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  const [byAccount, byIp] = await Promise.all([failures({ email: normalizeEmail(email) }, since), failures({ ip }, since)]);
  const blocking = earlierThanLimit(byAccount, MAX_FAILURES_PER_ACCOUNT, attemptId) ?? earlierThanLimit(byIp, MAX_FAILURES_PER_IP, attemptId);
  if (!blocking) return { limited: false };
  const unblocksAt = blocking.createdAt.getTime() + LOGIN_WINDOW_MINUTES * 60_000;
  return { limited: true, retryAfterMinutes: Math.max(1, Math.ceil((unblocksAt - now.getTime()) / 60_000)) };
}

/** The failure that puts this attempt over the limit, if any. */
function earlierThanLimit(list: Failure[], max: number, attemptId?: string): Failure | undefined {
  const mine = attemptId ? list.findIndex((failure) => failure.id === attemptId) : -1;
  const earlier = mine >= 0 ? list.slice(0, mine) : list;
  return earlier.length >= max ? earlier[earlier.length - max] : undefined;
}

async function failures(where: { email: string } | { ip: string }, since: Date): Promise<Failure[]> {
  return db.loginAttempt.findMany({
    where: { ...where, succeeded: false, createdAt: { gte: since } },
    select: { id: true, createdAt: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

export async function recordLoginAttempt(email: string, ip: string, succeeded: boolean): Promise<string> {
  const row = await db.loginAttempt.create({ data: { email: normalizeEmail(email), ip, succeeded }, select: { id: true } });
  return row.id;
}

/**
 * Counts an attempt as failed before the password is checked, so parallel
 * requests cannot all slip under the limit; a correct password clears it.
 */
export async function beginLoginAttempt(email: string, ip: string): Promise<{ attemptId: string; limit: Limited }> {
  const attemptId = await recordLoginAttempt(email, ip, false);
  return { attemptId, limit: await checkLoginRateLimit(email, ip, new Date(), attemptId) };
}

export async function markLoginSucceeded(attemptId: string): Promise<void> {
  await db.loginAttempt.update({ where: { id: attemptId }, data: { succeeded: true } });
}
