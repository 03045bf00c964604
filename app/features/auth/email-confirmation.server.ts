import { db } from "~/platform/db/db.server";
import { hitRateLimit } from "~/platform/http/rate-limit.server";
import { enqueueJob } from "~/platform/jobs/enqueue.server";
import { accountMailOptions, addressChangedMail, confirmAddressMail } from "./account-mails.server";
import { CONFIRMATION_MAILS_PER_ACCOUNT } from "./account-rate-limits.server";
import { consumeAccountToken, findAccountToken } from "./account-tokens.server";
import type { PublicUser } from "./user.server";
import { isUniqueViolation } from "~/platform/db/unique-violation.server";


export type Resend = { status: "sent" } | { status: "alreadyConfirmed" } | { status: "rateLimited"; retryAfterSeconds: number };

/** "Send the link again", limited per account so nobody can use it to flood a mailbox. */
export async function resendEmailConfirmation(user: PublicUser, now = new Date()): Promise<Resend> {
  if (user.emailVerifiedAt) return { status: "alreadyConfirmed" };
  const limit = await hitRateLimit(CONFIRMATION_MAILS_PER_ACCOUNT, user.id, now);
  if (limit.limited) return { status: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  await enqueueJob(db, confirmAddressMail, { userId: user.id }, accountMailOptions(user.id, user.email, now));
  return { status: "sent" };
}

export type ConfirmationLink = { purpose: "verify-email" | "change-email"; email: string };

/** What a confirmation link would do, without using it (for the page it opens). */
export async function describeConfirmationLink(token: string, now = new Date()): Promise<ConfirmationLink | null> {
  const found = await findAccountToken(token, ["verify-email", "change-email"], now);
  return found && { purpose: found.purpose as ConfirmationLink["purpose"], email: found.email };
}

export type Confirmation =
  | { status: "confirmed"; userId: string; purpose: "verify-email" }
  | { status: "changed"; userId: string; purpose: "change-email" }
  | { status: "invalid" }
  | { status: "emailTaken" };

/**
 * Uses a confirmation link once. A new account's link marks its address
 * confirmed (if it is still the account's address); a change-of-address link
 * makes the new address the account's, confirmed, and tells the old one
 * (that mail is queued in the same transaction).
 */
export async function confirmEmail(token: string, now = new Date()): Promise<Confirmation> {
  try {
    const outcome = await db.$transaction(async (tx) => {
      const found = await consumeAccountToken(tx, token, ["verify-email", "change-email"], now);
      if (!found) return { status: "invalid" as const };
      const user = await tx.user.findUniqueOrThrow({ where: { id: found.userId }, select: { email: true, name: true, preferredLanguage: true, emailVerifiedAt: true } });
      if (found.purpose === "verify-email") {
        if (found.email !== user.email) return { status: "invalid" as const };
        if (!user.emailVerifiedAt) await tx.user.update({ where: { id: found.userId }, data: { emailVerifiedAt: now } });
        return { status: "confirmed" as const, userId: found.userId, purpose: "verify-email" as const };
      }
      await tx.user.update({ where: { id: found.userId }, data: { email: found.email, emailVerifiedAt: now } });
      await tx.accountToken.deleteMany({ where: { userId: found.userId, purpose: { in: ["verify-email", "reset-password"] } } });
      const change = { userId: found.userId, oldEmail: user.email, newEmail: found.email };
      await enqueueJob(tx, addressChangedMail, change, accountMailOptions(found.userId, user.email, now));
      return { status: "changed" as const, userId: found.userId, purpose: "change-email" as const };
    });
    return outcome;
  } catch (error) {
    // Another account took the new address after the link was sent.
    if (isUniqueViolation(error)) return { status: "emailTaken" };
    throw error;
  }
}
