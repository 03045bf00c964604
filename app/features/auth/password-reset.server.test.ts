import { describe, expect, it } from "vitest";
import { runQueuedJobs } from "~/platform/jobs/test-support/run-jobs";
import { db } from "~/platform/db/db.server";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { RESET_MAILS_PER_ADDRESS, RESET_REQUESTS_PER_CLIENT } from "./account-rate-limits.server";
import { openLoginSession } from "./login-session.server";
import { requestPasswordReset, resetPassword } from "./password-reset.server";
import { hashSecretToken } from "./secret-token.server";
import { linkIn, mailsTo, tokenOf, waitForMails } from "./test-support/mails";
import { verifyLogin } from "./user.server";

let client = 0;
/** A client address of its own for each request, so the per-client limit stays out of the way unless a test wants it. */
const newClient = () => `10.20.${Math.floor(++client / 250)}.${client % 250}`;

describe("password reset", () => {
  it("mails a single-use link that sets a new password, confirms the address and ends every session", async () => {
    const user = await makeUser("learner", "en");
    await db.user.update({ where: { id: user.id }, data: { emailVerifiedAt: null } });
    await openLoginSession(user.id, "");
    await openLoginSession(user.id, "");
    expect(await requestPasswordReset(user.email.toUpperCase(), newClient())).toEqual({ status: "accepted" });

    await runQueuedJobs();
    const [mail] = await waitForMails(user.email);
    expect(mail!.subject).toBe("Choose a new password");
    const link = linkIn(mail!, "/en/reset-password/");
    expect(new URL(link).origin).toBe(process.env.APP_URL ?? "http://localhost:3000");
    expect(mail!.html).toContain(`href="${link}"`);
    const token = tokenOf(link);
    // Only the hash is stored.
    expect(await db.accountToken.count({ where: { tokenHash: token } })).toBe(0);
    expect(await db.accountToken.count({ where: { tokenHash: hashSecretToken(token) } })).toBe(1);

    expect(await resetPassword(token, "a-brand-new-password")).toEqual({ userId: user.id });
    expect((await verifyLogin(user.email, "a-brand-new-password")).status).toBe("ok");
    expect(await db.loginSession.count({ where: { userId: user.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).not.toBeNull();
    // Used once: the same link does nothing a second time.
    expect(await resetPassword(token, "yet-another-password")).toBeNull();
    expect((await verifyLogin(user.email, "yet-another-password")).status).toBe("failed");
  });

  it("stops working after 30 minutes", async () => {
    const user = await makeUser("learner");
    const asked = new Date(Date.now() - 31 * 60_000);
    await requestPasswordReset(user.email, newClient(), asked);
    // The link was mailed then: its 30 minutes run from when it went out.
    await runQueuedJobs(asked);
    const [mail] = await waitForMails(user.email);
    expect(await resetPassword(tokenOf(linkIn(mail!, "/zh/reset-password/")), "a-brand-new-password")).toBeNull();
  });

  it("gives two links used at the same time exactly one success", async () => {
    const user = await makeUser("learner");
    await requestPasswordReset(user.email, newClient());
    await runQueuedJobs();
    const token = tokenOf(linkIn((await waitForMails(user.email))[0]!, "/zh/reset-password/"));
    const results = await Promise.all([resetPassword(token, "first-new-password"), resetPassword(token, "second-new-password")]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it("answers the same for an unknown address, and mails nothing", async () => {
    const email = `nobody-${Date.now()}@example.com`;
    expect(await requestPasswordReset(email, newClient())).toEqual({ status: "accepted" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await runQueuedJobs();
    expect(await mailsTo(email)).toEqual([]);
  });

  it("sends nothing for a deactivated account, with the same answer", async () => {
    const user = await makeUser("learner");
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await requestPasswordReset(user.email, newClient())).toEqual({ status: "accepted" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await runQueuedJobs();
    expect(await mailsTo(user.email)).toEqual([]);
  });

  it("limits mails per address silently, and requests per client address openly", async () => {
    const user = await makeUser("learner");
    for (let i = 0; i < RESET_MAILS_PER_ADDRESS.limit + 2; i += 1) expect(await requestPasswordReset(user.email, newClient())).toEqual({ status: "accepted" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await runQueuedJobs();
    expect(await waitForMails(user.email, RESET_MAILS_PER_ADDRESS.limit)).toHaveLength(RESET_MAILS_PER_ADDRESS.limit);

    const ip = newClient();
    for (let i = 0; i < RESET_REQUESTS_PER_CLIENT.limit; i += 1) await requestPasswordReset(`spray-${i}-${Date.now()}@example.com`, ip);
    expect(await requestPasswordReset("someone@example.com", ip)).toMatchObject({ status: "rateLimited" });
  });
});
