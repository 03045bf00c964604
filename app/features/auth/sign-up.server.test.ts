import { describe, expect, it } from "vitest";
import { runQueuedJobs } from "~/platform/jobs/test-support/run-jobs";
import { db } from "~/platform/db/db.server";
import { hitRateLimit } from "~/platform/http/rate-limit.server";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { JOINS_PER_CLIENT } from "./account-rate-limits.server";
import { confirmEmail, resendEmailConfirmation } from "./email-confirmation.server";
import { signUp } from "./sign-up.server";
import { linkIn, mailsTo, tokenOf, waitForMails } from "./test-support/mails";
import { findUserById, verifyLogin } from "./user.server";

let client = 0;
const newClient = () => `10.40.${Math.floor(++client / 250)}.${client % 250}`;
const profile = { name: "陈芳", company: "", jobRole: "buyer" as const, phone: "", preferredLanguage: "zh" as const };

describe("joining", () => {
  it("creates an unconfirmed account and mails the link that confirms it", async () => {
    const email = `join-${Date.now()}@example.com`;
    expect(await signUp({ ...profile, email, password: "a-long-password-1" }, newClient())).toEqual({ status: "accepted" });
    const check = await verifyLogin(email, "a-long-password-1");
    if (check.status !== "ok") throw new Error("no account");
    expect(check.user.emailVerifiedAt).toBeNull();

    await runQueuedJobs();
    const [mail] = await waitForMails(email);
    expect(mail!.subject).toBe("请确认您的邮箱地址");
    expect(mail!.text).toContain("陈芳，您好");
    const outcome = await confirmEmail(tokenOf(linkIn(mail!, "/zh/confirm-email/")));
    expect(outcome).toEqual({ status: "confirmed", userId: check.user.id, purpose: "verify-email" });
    expect((await findUserById(check.user.id))!.emailVerifiedAt).not.toBeNull();
  });

  it("answers the same for an address that has an account, creates nothing and mails the owner instead", async () => {
    const owner = await makeUser("learner", "en", "Pat Owner");
    const before = await db.user.count();
    expect(await signUp({ ...profile, email: owner.email.toUpperCase(), password: "an-attackers-password" }, newClient())).toEqual({ status: "accepted" });
    expect(await db.user.count()).toBe(before);
    expect((await verifyLogin(owner.email, "an-attackers-password")).status).toBe("failed");
    await runQueuedJobs();
    const [mail] = await waitForMails(owner.email);
    expect(mail!.subject).toBe("Someone tried to create an account with your address");
    expect(linkIn(mail!, "/en/forgot-password")).toBeTruthy();
    expect(mail!.text).not.toContain("confirm-email");
  });

  it("limits how many accounts one client address can create", async () => {
    const ip = newClient();
    // The earlier sign-ups from this address, counted as the form counts them.
    for (let i = 0; i < JOINS_PER_CLIENT.limit; i += 1) await hitRateLimit(JOINS_PER_CLIENT, ip);
    expect(await signUp({ ...profile, email: `burst-over-${Date.now()}@example.com`, password: "a-long-password-1" }, ip)).toMatchObject({ status: "rateLimited" });
    expect((await signUp({ ...profile, email: `other-${Date.now()}@example.com`, password: "a-long-password-1" }, newClient())).status).toBe("accepted");
  });

  it("mails the link again on request, a few times an hour at most", async () => {
    const email = `resend-${Date.now()}@example.com`;
    await signUp({ ...profile, email, password: "a-long-password-1" }, newClient());
    await runQueuedJobs();
    await waitForMails(email);
    const check = await verifyLogin(email, "a-long-password-1");
    if (check.status !== "ok") throw new Error("no account");
    const results = [];
    for (let i = 0; i < 4; i += 1) results.push((await resendEmailConfirmation(check.user)).status);
    expect(results).toEqual(["sent", "sent", "sent", "rateLimited"]);
    await runQueuedJobs();
    expect(await waitForMails(email, 4)).toHaveLength(4);
  });

  it("does not accept a confirmation link twice, or one for an address the account no longer has", async () => {
    const email = `twice-${Date.now()}@example.com`;
    await signUp({ ...profile, email, password: "a-long-password-1" }, newClient());
    await runQueuedJobs();
    const token = tokenOf(linkIn((await waitForMails(email))[0]!, "/zh/confirm-email/"));
    expect((await confirmEmail(token)).status).toBe("confirmed");
    expect(await confirmEmail(token)).toEqual({ status: "invalid" });
    expect(await confirmEmail("not-a-token")).toEqual({ status: "invalid" });
    await runQueuedJobs();
    expect(await mailsTo(`nobody-${Date.now()}@example.com`)).toEqual([]);
  });
});
