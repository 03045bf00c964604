import { db } from "~/platform/db/db.server";
import { hitRateLimit } from "~/platform/http/rate-limit.server";
import { enqueueJob } from "~/platform/jobs/enqueue.server";
import { accountMailOptions, passwordResetMail } from "./account-mails.server";
import { addressKey, RESET_MAILS_PER_ADDRESS, RESET_REQUESTS_PER_CLIENT } from "./account-rate-limits.server";
import { consumeAccountToken, dropAccountTokens } from "./account-tokens.server";
import { endLoginSessions } from "./login-session.server";
import { hashPassword } from "./password.server";
import { findActiveUserByEmail, storePassword } from "./user.server";

export type ResetRequest = { status: "accepted" } | { status: "rateLimited"; retryAfterSeconds: number };

/**
 * "Forgot password": mails a reset link when the address belongs to an
 * account that may sign in. The answer is the same whether it does or not,
 * and the mail is only queued, so neither the answer nor its timing tells
 * who has an account. Limited per client address (that answer says so) and
 * per recipient (silently: the answer must not change with the address).
 */
export async function requestPasswordReset(email: string, clientIp: string, now = new Date()): Promise<ResetRequest> {
  const client = await hitRateLimit(RESET_REQUESTS_PER_CLIENT, clientIp, now);
  if (client.limited) return { status: "rateLimited", retryAfterSeconds: client.retryAfterSeconds };
  const [recipientLimit, user] = await Promise.all([hitRateLimit(RESET_MAILS_PER_ADDRESS, addressKey(email), now), findActiveUserByEmail(email)]);
  if (recipientLimit.limited || !user) return { status: "accepted" };
  await enqueueJob(db, passwordResetMail, { userId: user.id }, accountMailOptions(user.id, user.email, now));
  return { status: "accepted" };
}

/**
 * Sets a new password with a reset link's token, once. Every session of the
 * account ends (whoever else was signed in is out) and every other reset
 * link dies. The link reached the account's mailbox, so it also confirms
 * the address. Returns the user to sign in, or null for a used, expired or
 * unknown link.
 */
export async function resetPassword(token: string, newPassword: string, now = new Date()): Promise<{ userId: string } | null> {
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const found = await consumeAccountToken(tx, token, ["reset-password"], now);
    if (!found) return null;
    await storePassword(found.userId, passwordHash, tx);
    await endLoginSessions(found.userId, {}, tx);
    await dropAccountTokens(found.userId, ["reset-password"], tx);
    await tx.user.updateMany({ where: { id: found.userId, email: found.email, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
    return { userId: found.userId };
  });
}
