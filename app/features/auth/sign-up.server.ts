import { hitRateLimit } from "~/features/server/rate-limit.server";
import { mailAccountExists, mailEmailConfirmation, sendInBackground } from "./account-mails.server";
import { ACCOUNT_EXISTS_MAILS_PER_ADDRESS, addressKey, JOINS_PER_CLIENT } from "./account-rate-limits.server";
import { createAccountToken } from "./account-tokens.server";
import { createUser, findActiveUserByEmail, type NewUser } from "./user.server";

export type SignUp = { status: "accepted" } | { status: "rateLimited"; retryAfterSeconds: number };

/**
 * Creates an account and mails its confirmation link. When the address
 * already has an account, nothing is created and its owner is mailed
 * instead ("someone tried to create an account with your address"); the
 * answer is the same either way and neither mail is waited for, so the form
 * never tells anyone which addresses have accounts. Limited per client
 * address.
 */
export async function signUp(input: NewUser, clientIp: string, now = new Date()): Promise<SignUp> {
  const limit = await hitRateLimit(JOINS_PER_CLIENT, clientIp, now);
  if (limit.limited) return { status: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  const created = await createUser(input);
  if (created) {
    const token = await createAccountToken({ userId: created.id, purpose: "verify-email", email: created.email }, now);
    sendInBackground(mailEmailConfirmation(created, token));
    return { status: "accepted" };
  }
  const [owner, ownerLimit] = await Promise.all([findActiveUserByEmail(input.email), hitRateLimit(ACCOUNT_EXISTS_MAILS_PER_ADDRESS, addressKey(input.email), now)]);
  if (owner && !ownerLimit.limited) {
    // An owner who never confirmed gets a fresh confirmation link with it: that may well be them, trying again.
    const confirmToken = owner.emailVerifiedAt ? undefined : await createAccountToken({ userId: owner.id, purpose: "verify-email", email: owner.email }, now);
    sendInBackground(mailAccountExists(owner, confirmToken));
  }
  return { status: "accepted" };
}
