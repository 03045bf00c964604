import { db, type Tx } from "~/platform/db/db.server";
import { hashSecretToken, looksLikeSecretToken, newSecretToken } from "./secret-token.server";

export type TokenPurpose = "verify-email" | "reset-password" | "change-email";

/** How long a mailed link works. */
export const TOKEN_LIFETIME_MINUTES: Record<TokenPurpose, number> = {
  "verify-email": 7 * 24 * 60,
  "reset-password": 30,
  "change-email": 24 * 60,
};

export type AccountToken = { id: string; userId: string; purpose: TokenPurpose; email: string; expiresAt: Date };

/**
 * A new single-use link token for a user; returns the token for the mail.
 * Only its hash is stored. Expired tokens of anyone are deleted on the way.
 */
export async function createAccountToken(input: { userId: string; purpose: TokenPurpose; email: string }, now = new Date(), tx: Tx = db): Promise<string> {
  const { token, hash } = newSecretToken();
  await tx.accountToken.deleteMany({ where: { expiresAt: { lte: now } } });
  await tx.accountToken.create({
    data: { ...input, tokenHash: hash, createdAt: now, expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MINUTES[input.purpose] * 60_000) },
  });
  return token;
}

/** The unexpired token for one of these purposes, without using it up (to show the page a link opens). */
export async function findAccountToken(token: unknown, purposes: TokenPurpose[], now = new Date(), tx: Tx = db): Promise<AccountToken | null> {
  if (!looksLikeSecretToken(token)) return null;
  const row = await tx.accountToken.findUnique({
    where: { tokenHash: hashSecretToken(token) },
    select: { id: true, userId: true, purpose: true, email: true, expiresAt: true, user: { select: { deletedAt: true, deactivatedAt: true } } },
  });
  if (!row || row.expiresAt <= now || row.user.deletedAt || row.user.deactivatedAt || !(purposes as string[]).includes(row.purpose)) return null;
  const { user: _user, purpose, ...found } = row;
  return { ...found, purpose: purpose as TokenPurpose };
}

/**
 * Uses a token up inside the caller's transaction: of two requests with the
 * same link, only one gets it. Every other link of the same purpose for that
 * user goes with it, so an older mail cannot be used afterwards.
 */
export async function consumeAccountToken(tx: Tx, token: unknown, purposes: TokenPurpose[], now = new Date()): Promise<AccountToken | null> {
  const found = await findAccountToken(token, purposes, now, tx);
  if (!found) return null;
  const { count } = await tx.accountToken.deleteMany({ where: { id: found.id } });
  if (count !== 1) return null;
  await tx.accountToken.deleteMany({ where: { userId: found.userId, purpose: found.purpose } });
  return found;
}

/** Ends every pending link of these purposes for a user (e.g. after a password change). */
export async function dropAccountTokens(userId: string, purposes: TokenPurpose[], tx: Tx = db): Promise<void> {
  await tx.accountToken.deleteMany({ where: { userId, purpose: { in: purposes } } });
}
