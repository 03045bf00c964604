import { createHmac, timingSafeEqual } from "node:crypto";
import { readOrCreateSecret } from "~/platform/runtime/secret-file.server";

let secret: string | undefined;

function mac(registrationId: string): string {
  secret ??= readOrCreateSecret("live-join-secret");
  return createHmac("sha256", secret).update(`live-join:${registrationId}`).digest("base64url");
}

/**
 * A registrant's personal join token: the registration's id and its HMAC, so
 * nothing secret is stored and every mail about the registration carries the
 * same link. It opens the webinar for that registrant without signing in.
 */
export function joinToken(registrationId: string): string {
  return `${registrationId}.${mac(registrationId)}`;
}

/** The registration id a join token stands for, or null when it was not made by us. */
export function registrationOfJoinToken(token: string | null | undefined): string | null {
  if (!token || token.length > 200) return null;
  const dot = token.indexOf(".");
  if (dot < 1) return null;
  const id = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(id));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
