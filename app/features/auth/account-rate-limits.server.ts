import crypto from "node:crypto";
import type { RateLimit } from "~/platform/http/rate-limit.server";
import { normalizeEmail } from "./user.server";

/**
 * Limits on what anyone can make the platform do for an account: create
 * one, or send a mail to an address. Counted per client address and, for
 * mails, per recipient, so nobody can use our server to flood a mailbox.
 */
export const JOINS_PER_CLIENT: RateLimit = { bucket: "join", limit: 20, windowSeconds: 60 * 60 };
export const RESET_REQUESTS_PER_CLIENT: RateLimit = { bucket: "password-reset-client", limit: 10, windowSeconds: 60 * 60 };
export const RESET_MAILS_PER_ADDRESS: RateLimit = { bucket: "password-reset-address", limit: 3, windowSeconds: 60 * 60 };
/** "Someone tried to create an account with your address" mails. */
export const ACCOUNT_EXISTS_MAILS_PER_ADDRESS: RateLimit = { bucket: "account-exists-address", limit: 2, windowSeconds: 60 * 60 };
/** Confirmation links (new account, resent, new address) per account. */
export const CONFIRMATION_MAILS_PER_ACCOUNT: RateLimit = { bucket: "email-confirmation", limit: 3, windowSeconds: 60 * 60 };

/** The rate-limit key for a mailbox: a hash, so the limit table holds no addresses. */
export function addressKey(email: string): string {
  return crypto.createHash("sha256").update(normalizeEmail(email)).digest("hex").slice(0, 32);
}
