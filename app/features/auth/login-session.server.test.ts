import { describe, expect, it } from "vitest";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { db } from "~/platform/db/db.server";
import { ABSOLUTE_DAYS, endLoginSession, endLoginSessions, IDLE_DAYS, listLoginSessions, readLoginSession, startLoginSession } from "./login-session.server";
import { hashSecretToken } from "./secret-token.server";
import { findUserById, publicFields } from "./user.server";

const DAY = 86_400_000;
const CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";

/** Signs a user in as a browser would, and returns the cookie it would send back. */
async function signIn(userId: string, now = new Date(), cookie = ""): Promise<string> {
  const response = await startLoginSession(new Request("http://site.test/zh/login", { headers: { "User-Agent": CHROME, Cookie: cookie } }), userId, "/zh", now);
  return response.headers.get("Set-Cookie")!.split(";")[0]!;
}

function requestWith(cookie: string): Request {
  return new Request("http://site.test/zh/account", { headers: { Cookie: cookie } });
}

describe("login sessions", () => {
  it("gives every login its own random cookie and stores only a hash of it", async () => {
    const user = await makeUser("learner");
    const [first, second] = [await signIn(user.id), await signIn(user.id)];
    expect(first).not.toBe(second);
    const rows = await db.loginSession.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(2);
    const stored = JSON.stringify(rows);
    for (const cookie of [first, second]) {
      const token = JSON.parse(Buffer.from(decodeURIComponent(cookie.split("=")[1]!).split(".")[0]!, "base64").toString("utf8")) as string;
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(stored).not.toContain(token);
      expect(rows.map((row) => row.tokenHash)).toContain(hashSecretToken(token));
    }
    expect((await readLoginSession(requestWith(first))).session?.user.id).toBe(user.id);
  });

  it("gives the session's user exactly as the rest of the app reads a user, dates as dates", async () => {
    const user = await makeUser("trainer");
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date("2026-05-01T08:00:00.123Z"), preferredLanguage: "en" } });
    const cookie = await signIn(user.id);
    const { session } = await readLoginSession(requestWith(cookie));
    expect(session?.user).toEqual(await findUserById(user.id));
    expect(Object.keys(session!.user).sort()).toEqual(Object.keys(publicFields).sort());
    expect(session?.user.emailVerifiedAt).toEqual(new Date("2026-05-01T08:00:00.123Z"));
    expect(session?.id).toBe((await db.loginSession.findFirstOrThrow({ where: { userId: user.id } })).id);
  });

  it("answers lookups made at the same moment each with their own session, and keeps nothing once answered", async () => {
    const users = await Promise.all(Array.from({ length: 6 }, () => makeUser("learner")));
    const cookies = await Promise.all(users.map((user) => signIn(user.id)));
    // Every loader of a page reads the session at once; many learners' pages render at once.
    const lookups = await Promise.all(cookies.flatMap((cookie) => [readLoginSession(requestWith(cookie)), readLoginSession(requestWith(cookie))]));
    expect(lookups.map((lookup) => lookup.session?.user.id)).toEqual(users.flatMap((user) => [user.id, user.id]));
    await endLoginSession(requestWith(cookies[0]!), "/zh");
    const [ended, other] = await Promise.all([readLoginSession(requestWith(cookies[0]!)), readLoginSession(requestWith(cookies[1]!))]);
    expect(ended).toEqual({ session: null, staleCookie: true });
    expect(other.session?.user.id).toBe(users[1]!.id);
  });

  it("ends on logout on the server: a copy of the cookie opens nothing afterwards", async () => {
    const user = await makeUser("learner");
    const cookie = await signIn(user.id);
    const response = await endLoginSession(requestWith(cookie), "/zh");
    expect(response.headers.get("Set-Cookie")).toMatch(/Max-Age=0/);
    expect(await readLoginSession(requestWith(cookie))).toEqual({ session: null, staleCookie: true });
  });

  it("ends after a month without use, and after three months whatever happens", async () => {
    const user = await makeUser("learner");
    const start = new Date("2026-01-01T00:00:00Z");
    const cookie = await signIn(user.id, start);
    expect((await readLoginSession(requestWith(cookie), new Date(start.getTime() + (IDLE_DAYS - 1) * DAY))).session).not.toBeNull();
    // Seen on day 29, so it now lasts until day 59; a visit every few weeks keeps it going…
    expect((await readLoginSession(requestWith(cookie), new Date(start.getTime() + 50 * DAY))).session).not.toBeNull();
    expect((await readLoginSession(requestWith(cookie), new Date(start.getTime() + 75 * DAY))).session).not.toBeNull();
    // …but never beyond the absolute limit.
    expect((await readLoginSession(requestWith(cookie), new Date(start.getTime() + ABSOLUTE_DAYS * DAY + 1000))).staleCookie).toBe(true);

    const idle = await signIn(user.id, start);
    expect((await readLoginSession(requestWith(idle), new Date(start.getTime() + IDLE_DAYS * DAY + 1000))).staleCookie).toBe(true);
    expect(await db.loginSession.count({ where: { userId: user.id } })).toBe(0);
  });

  it("refuses a forged or tampered cookie", async () => {
    const user = await makeUser("learner");
    const cookie = await signIn(user.id);
    const tampered = `${cookie.slice(0, -6)}AAAAAA`;
    expect((await readLoginSession(requestWith(tampered))).session).toBeNull();
    expect((await readLoginSession(requestWith("__session=whatever"))).session).toBeNull();
  });

  it("replaces the session a browser already had when it signs in again", async () => {
    const user = await makeUser("learner");
    const old = await signIn(user.id);
    const fresh = await signIn(user.id, new Date(), old);
    expect((await readLoginSession(requestWith(old))).session).toBeNull();
    expect((await readLoginSession(requestWith(fresh))).session).not.toBeNull();
  });

  it("signs out everywhere, or everywhere but one session, and lists what is open", async () => {
    const user = await makeUser("learner");
    const [a, b, c] = [await signIn(user.id), await signIn(user.id), await signIn(user.id)];
    const keep = (await readLoginSession(requestWith(b))).session!;
    expect((await listLoginSessions(user.id)).map((session) => session.browser)).toEqual(["Chrome 120 · Windows", "Chrome 120 · Windows", "Chrome 120 · Windows"]);
    expect(await endLoginSessions(user.id, { except: keep.id })).toBe(2);
    expect((await readLoginSession(requestWith(a))).session).toBeNull();
    expect((await readLoginSession(requestWith(c))).session).toBeNull();
    expect((await readLoginSession(requestWith(b))).session).not.toBeNull();
    await endLoginSessions(user.id);
    expect((await readLoginSession(requestWith(b))).session).toBeNull();
  });

  it("does not open for a deactivated account", async () => {
    const user = await makeUser("learner");
    const cookie = await signIn(user.id);
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect((await readLoginSession(requestWith(cookie))).staleCookie).toBe(true);
  });
});
