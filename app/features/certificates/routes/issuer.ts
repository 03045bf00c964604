import { issuerProfile } from "../open-badge.server";

/** The issuer's Open Badges profile, publishing the public key that verifies every credential. */
export function loader() {
  return new Response(JSON.stringify(issuerProfile(), null, 2), {
    headers: { "Content-Type": "application/ld+json; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
