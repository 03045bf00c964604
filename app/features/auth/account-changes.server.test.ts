import { describe, expect, it } from "vitest";
import { runQueuedJobs } from "~/platform/jobs/test-support/run-jobs";
import { userText } from "~/platform/mail/mail-parts.server";
import { db } from "~/platform/db/db.server";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { changePassword, requestEmailChange } from "./account-changes.server";
import { confirmEmail } from "./email-confirmation.server";
import { openLoginSession } from "./login-session.server";
import { linkIn, mailsTo, tokenOf, waitForMails } from "./test-support/mails";
import { findUserById, verifyLogin } from "./user.server";

describe("changing the password", () => {
  it("ends every session of the account", async () => {
    const user = await makeUser("learner");
    await openLoginSession(user.id, "");
    await openLoginSession(user.id, "");
    await changePassword(user.id, "the-new-password-1");
    expect(await db.loginSession.count({ where: { userId: user.id } })).toBe(0);
    expect((await verifyLogin(user.email, "the-new-password-1")).status).toBe("ok");
  });
});

describe("changing the email address", () => {
  it("changes nothing until the new address confirms, then tells the old one", async () => {
    const user = (await findUserById((await makeUser("learner", "en", "Sam Lee")).id))!;
    const newEmail = `new-${Date.now()}@example.com`;
    expect(await requestEmailChange(user, `  ${newEmail.toUpperCase()} `)).toEqual({ status: "sent" });
    expect((await findUserById(user.id))!.email).toBe(user.email);

    await runQueuedJobs();
    const [mail] = await waitForMails(newEmail);
    expect(mail!.subject).toBe("Confirm your new email address");
    expect(await confirmEmail(tokenOf(linkIn(mail!, "/en/confirm-email/")))).toEqual({ status: "changed", userId: user.id, purpose: "change-email" });
    const changed = (await findUserById(user.id))!;
    expect(changed.email).toBe(newEmail);
    expect(changed.emailVerifiedAt).not.toBeNull();

    await runQueuedJobs();
    const [notice] = await waitForMails(user.email);
    expect(notice!.subject).toBe("Your email address has been changed");
    // The addresses are there, with zero-width spaces that keep mail programs from making links of them.
    expect(notice!.text).toContain(userText(newEmail));
    expect(notice!.text!.replaceAll("\u200B", "")).toContain(newEmail);
  });

  it("sends nothing to an address another account has, with the same answer", async () => {
    const [user, other] = [(await findUserById((await makeUser("learner")).id))!, await makeUser("learner")];
    expect(await requestEmailChange(user, other.email)).toEqual({ status: "sent" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await runQueuedJobs();
    expect(await mailsTo(other.email)).toEqual([]);
  });

  it("refuses the address the account already has", async () => {
    const user = (await findUserById((await makeUser("learner")).id))!;
    expect(await requestEmailChange(user, user.email)).toEqual({ status: "same" });
  });

  it("reports a new address taken by someone else before the link was used", async () => {
    const user = (await findUserById((await makeUser("learner")).id))!;
    const newEmail = `race-${Date.now()}@example.com`;
    await requestEmailChange(user, newEmail);
    await runQueuedJobs();
    const token = tokenOf(linkIn((await waitForMails(newEmail))[0]!, "/zh/confirm-email/"));
    await db.user.create({ data: { email: newEmail, passwordHash: "x", name: "Someone else" } });
    expect(await confirmEmail(token)).toEqual({ status: "emailTaken" });
    expect((await findUserById(user.id))!.email).toBe(user.email);
  });
});
