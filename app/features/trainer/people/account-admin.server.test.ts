import { describe, expect, it } from "vitest";
import { runQueuedJobs } from "~/platform/jobs/test-support/run-jobs";
import { openLoginSession } from "~/features/auth/login-session.server";
import { hashPassword } from "~/features/auth/password.server";
import { linkIn, waitForMails } from "~/features/auth/test-support/mails";
import { verifyLogin } from "~/features/auth/user.server";
import { db } from "~/platform/db/db.server";
import { makeUser } from "../test-support/make-user";
import { sendResetLinkAsAdmin, setAccountActive } from "./account-admin.server";

describe("account administration", () => {
  it("deactivates an account: no sign-in, every session ended, audited; and reactivates it", async () => {
    const [admin, learner] = [await makeUser("admin"), await makeUser("learner")];
    await db.user.update({ where: { id: learner.id }, data: { passwordHash: await hashPassword("learner-password") } });
    await openLoginSession(learner.id, "");
    expect(await setAccountActive(learner.id, false, admin)).toEqual({ ok: true });
    expect(await db.loginSession.count({ where: { userId: learner.id } })).toBe(0);
    expect((await verifyLogin(learner.email, "learner-password")).status).toBe("deactivated");
    expect(await setAccountActive(learner.id, true, admin)).toEqual({ ok: true });
    expect((await verifyLogin(learner.email, "learner-password")).status).toBe("ok");
    const audit = await db.auditEntry.findMany({ where: { targetId: learner.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([
      ["user.deactivate", admin.id],
      ["user.reactivate", admin.id],
    ]);
  });

  it("does not let an admin deactivate their own account", async () => {
    const admin = await makeUser("admin");
    expect(await setAccountActive(admin.id, false, admin)).toEqual({ ok: false, reason: "ownAccount" });
  });

  it("mails a reset link to the account's own address, audited", async () => {
    const [admin, learner] = [await makeUser("admin"), await makeUser("learner", "en")];
    expect(await sendResetLinkAsAdmin(learner.id, admin)).toEqual({ ok: true });
    await runQueuedJobs();
    const [mail] = await waitForMails(learner.email);
    expect(linkIn(mail!, "/en/reset-password/")).toBeTruthy();
    expect((await db.auditEntry.findFirstOrThrow({ where: { targetId: learner.id } })).action).toBe("user.password-reset");
    await setAccountActive(learner.id, false, admin);
    expect(await sendResetLinkAsAdmin(learner.id, admin)).toEqual({ ok: false, reason: "deactivated" });
    expect(await sendResetLinkAsAdmin("no-such-person", admin)).toEqual({ ok: false, reason: "notFound" });
  });
});
