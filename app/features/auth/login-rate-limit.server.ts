import { db } from "~/features/server/db.server";
import { normalizeEmail } from "./user.server";

export const LOGIN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

type Limited = { limited: true; retryAfterMinutes: number } | { limited: false };

/**
 * Failed logins in the last window, per account and per client address.
 * Counted in the database so every app process enforces the same limit.
 */
export async function checkLoginRateLimit(email: string, ip: string, now = new Date()): Promise<Limited> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000);
  const [byAccount, byIp] = await Promise.all([
    failures({ email: normalizeEmail(email) }, since),
    failures({ ip }, since),
  ]);
  const blocking =
    byAccount.length >= MAX_FAILURES_PER_ACCOUNT
      ? byAccount[byAccount.length - MAX_FAILURES_PER_ACCOUNT]
      : byIp.length >= MAX_FAILURES_PER_IP
        ? byIp[byIp.length - MAX_FAILURES_PER_IP]
        : undefined;
  if (!blocking) return { limited: false };
  const unblocksAt = blocking.createdAt.getTime() + LOGIN_WINDOW_MINUTES * 60_000;
  return { limited: true, retryAfterMinutes: Math.max(1, Math.ceil((unblocksAt - now.getTime()) / 60_000)) };
}

async function failures(where: { email: string } | { ip: string }, since: Date) {
  return db.loginAttempt.findMany({
    where: { ...where, succeeded: false, createdAt: { gte: since } },
    select: { createdAt: true },
    orderBy: { createdAt: "asc" },
  });
}

export async function recordLoginAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { email: normalizeEmail(email), ip, succeeded } });
}
