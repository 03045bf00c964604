import { db } from "~/platform/db/db.server";
import { hitRateLimit } from "~/platform/http/rate-limit.server";
import { enqueueJob } from "~/platform/jobs/enqueue.server";
import { accountMailOptions, addressChangeMail } from "./account-mails.server";
import { CONFIRMATION_MAILS_PER_ACCOUNT } from "./account-rate-limits.server";
import { dropAccountTokens } from "./account-tokens.server";
import { endLoginSessions } from "./login-session.server";
import { hashPassword } from "./password.server";
import { normalizeEmail, storePassword, type PublicUser } from "./user.server";

/**
 * A new password for a signed-in person who gave the current one (checked
 * by the caller). Every session ends, this one too: the caller signs this
 * browser in again with a fresh cookie. Pending reset links die.
 */
export async function changePassword(userId: string, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await db.$transaction(async (tx) => {
    await storePassword(userId, passwordHash, tx);
    await endLoginSessions(userId, {}, tx);
    await dropAccountTokens(userId, ["reset-password"], tx);
  });
}

export type EmailChangeRequest = { status: "sent" } | { status: "same" } | { status: "rateLimited"; retryAfterSeconds: number };

/**
 * Asks to move the account to a new address (current password checked by
 * the caller). Nothing changes until the link mailed to the new address is
 * used. If another account already has that address, nothing is sent, and
 * the answer is the same (the mail is only queued, so its timing tells
 * nothing either): the form cannot be used to learn who has an account.
 */
export async function requestEmailChange(user: PublicUser, newEmail: string, now = new Date()): Promise<EmailChangeRequest> {
  const email = normalizeEmail(newEmail);
  if (email === user.email) return { status: "same" };
  const limit = await hitRateLimit(CONFIRMATION_MAILS_PER_ACCOUNT, user.id, now);
  if (limit.limited) return { status: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  const taken = (await db.user.count({ where: { email } })) > 0;
  if (!taken) await enqueueJob(db, addressChangeMail, { userId: user.id, newEmail: email }, accountMailOptions(user.id, email, now));
  return { status: "sent" };
}
