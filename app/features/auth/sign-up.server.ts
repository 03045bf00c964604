import { hitRateLimit } from "~/platform/http/rate-limit.server";
import { enqueueJob } from "~/platform/jobs/enqueue.server";
import { db } from "~/platform/db/db.server";
import { accountExistsMail, accountMailOptions, confirmAddressMail } from "./account-mails.server";
import { ACCOUNT_EXISTS_MAILS_PER_ADDRESS, addressKey, JOINS_PER_CLIENT } from "./account-rate-limits.server";
import { createUser, findActiveUserByEmail, type NewUser } from "./user.server";

export type SignUp = { status: "accepted" } | { status: "rateLimited"; retryAfterSeconds: number };

/**
 * Creates an account and mails its confirmation link. When the address
 * already has an account, nothing is created and its owner is mailed
 * instead ("someone tried to create an account with your address"); the
 * answer is the same either way and either mail is only queued, so the form
 * never tells anyone which addresses have accounts. Limited per client
 * address.
 */
export async function signUp(input: NewUser, clientIp: string, now = new Date()): Promise<SignUp> {
  const limit = await hitRateLimit(JOINS_PER_CLIENT, clientIp, now);
  if (limit.limited) return { status: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };
  const created = await createUser(input);
  if (created) {
    await enqueueJob(db, confirmAddressMail, { userId: created.id }, accountMailOptions(created.id, created.email, now));
    return { status: "accepted" };
  }
  const [owner, ownerLimit] = await Promise.all([findActiveUserByEmail(input.email), hitRateLimit(ACCOUNT_EXISTS_MAILS_PER_ADDRESS, addressKey(input.email), now)]);
  // An owner who never confirmed gets a fresh confirmation link with it: that may well be them, trying again.
  if (owner && !ownerLimit.limited) await enqueueJob(db, accountExistsMail, { userId: owner.id }, accountMailOptions(owner.id, owner.email, now));
  return { status: "accepted" };
}
