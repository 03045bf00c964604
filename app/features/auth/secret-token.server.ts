import crypto from "node:crypto";

/**
 * A random secret for a cookie or a mailed link: 32 bytes from the CSPRNG
 * (256 bits), URL-safe. The database keeps only its SHA-256 hash, so a copy
 * of the database (a backup, a leak) cannot be used to sign in or reset a
 * password. A fast hash is enough: the secret is random, not a password.
 */
export function newSecretToken(): { token: string; hash: string } {
  const token = crypto.randomBytes(32).toString("base64url");
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Only strings that could be one of our tokens are looked up (43 base64url characters). */
export function looksLikeSecretToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
