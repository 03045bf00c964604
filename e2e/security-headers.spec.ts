// The security headers of decision 0016, as a browser receives them.
import type { APIResponse } from "@playwright/test";
import { expect, test } from "./test";

/** The nonce the policy allows, and every nonce the page's scripts carry. */
async function nonces(response: APIResponse) {
  const policy = response.headers()["content-security-policy"] ?? "";
  const allowed = /'nonce-([^']+)'/.exec(policy)?.[1];
  const used = [...(await response.text()).matchAll(/<script[^>]*\bnonce="([^"]+)"/g)].map((match) => match[1]);
  return { policy, allowed, used };
}

test("every rendered page has a policy with a fresh nonce that its inline scripts carry, and no unsafe-inline script", async ({ request }) => {
  // A cookie of its own keeps the page cache out: both are rendered.
  const [first, second] = await Promise.all([request.get("/en", { headers: { Cookie: "probe=1" } }), request.get("/en", { headers: { Cookie: "probe=2" } })]);
  const a = await nonces(first);
  const b = await nonces(second);
  expect(a.allowed).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(a.allowed).not.toBe(b.allowed);
  expect(a.used.length).toBeGreaterThan(1);
  expect(new Set(a.used)).toEqual(new Set([a.allowed]));
  for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'", "script-src-attr 'none'"]) {
    expect(a.policy).toContain(directive);
  }
  const scriptSrc = /script-src ([^;]*)/.exec(a.policy)![1]!;
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(scriptSrc).not.toContain("unsafe-eval");
});

test("HSTS only over HTTPS, and a Permissions-Policy that leaves only the camera and the player's needs on", async ({ request }) => {
  const url = `/en/trainings?hsts=${Date.now()}`;
  const plain = await request.get(url);
  expect(plain.headers()["strict-transport-security"]).toBeUndefined();
  // Behind the e2e server's trusted proxy (TRUST_PROXY=1), a request that came over HTTPS; the second one is a kept page.
  for (let i = 0; i < 2; i += 1) {
    const secure = await request.get(url, { headers: { "X-Forwarded-Proto": "https" } });
    expect(secure.headers()["strict-transport-security"]).toBe("max-age=31536000");
  }
  const permissions = plain.headers()["permissions-policy"] ?? "";
  expect(permissions).toContain("camera=(self)");
  for (const off of ["microphone=()", "geolocation=()", "payment=()", "usb=()"]) expect(permissions).toContain(off);
  expect(plain.headers()["x-content-type-options"]).toBe("nosniff");
  expect(plain.headers()["referrer-policy"]).toBe("same-origin");
});
