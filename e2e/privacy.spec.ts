// Personal data: the privacy notice, deleting an account (its certificates
// stay verifiable), and what admins can do to an account.
import { expect, test } from "./test";
import { expectNoAxeViolations } from "./axe";
import { db, issueCourseCertificate, linkIn, waitForMails } from "./fixtures";
import { LANGUAGES, logIn, newClientAddress, signUp, strings, uniqueEmail } from "./support";

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: the privacy notice says what is kept, why, how long, the rights and whom to write to`, async ({ page }) => {
    await page.goto(`/${lng}`);
    await page.getByRole("contentinfo").getByRole("link", { name: t.privacy.linkLabel }).click();
    await expect(page).toHaveURL(`/${lng}/privacy`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.privacy.title);
    for (const heading of [t.privacy.collect.title, t.privacy.why.title, t.privacy.keep.title, t.privacy.who.title, t.privacy.rights.title, t.privacy.contact.title]) {
      await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
    }
    await expect(page.getByText(t.privacy.keep.attempts)).toBeVisible();
    await expect(page.getByRole("link", { name: "privacy@training.example" })).toHaveAttribute("href", "mailto:privacy@training.example");
    await expectNoAxeViolations(page);
    await page.goto(`/${lng}/join`);
    await expect(page.getByRole("main").getByRole("link", { name: t.privacy.linkLabel })).toHaveAttribute("href", `/${lng}/privacy`);
  });

  test(`${lng}: delete my account, then its certificate still verifies with the name as signed`, async ({ page }) => {
    const email = uniqueEmail(`delete-${lng}`);
    const holder = lng === "zh" ? "司马青" : "Qing Sima";
    await signUp(page, lng, { email, name: holder, company: "深圳示例电子有限公司" });
    const number = await issueCourseCertificate(email);

    await page.goto(`/${lng}/account/data`);
    await expect(page.getByText(t.privacy.myData.deleteCertificates)).toBeVisible();
    await page.getByLabel(t.privacy.myData.password).fill("not-my-password");
    await page.getByRole("button", { name: t.privacy.myData.delete }).click();
    await expect(page.locator("#password-error")).toHaveText(t.validation.wrongPassword);
    expect(await db.user.count({ where: { email } })).toBe(1);

    await page.getByLabel(t.privacy.myData.password).fill("a-long-password-1");
    await page.getByRole("button", { name: t.privacy.myData.delete }).click();
    await expect(page).toHaveURL(`/${lng}/privacy?notice=accountDeleted`);
    await expect(page.getByRole("status")).toHaveText(t.auth.notices.accountDeleted);
    await expect(page.getByRole("link", { name: t.common.account.login, exact: true })).toBeVisible();
    expect(await db.user.count({ where: { email } })).toBe(0);

    // The address and password open nothing any more.
    await page.goto(`/${lng}/login`);
    await page.getByLabel(t.auth.fields.email).fill(email);
    await page.getByLabel(t.auth.fields.password).fill("a-long-password-1");
    await page.getByRole("button", { name: t.auth.login.submit }).click();
    await expect(page.getByRole("alert")).toHaveText(t.auth.login.failed);

    // Whoever holds the certificate can still check it.
    await page.goto(`/${lng}/verify/${number}`);
    await expect(page.getByTestId("verify-status")).toHaveAttribute("data-status", "valid");
    await expect(page.getByTestId("verify-holder")).toHaveText(holder);
    await expectNoAxeViolations(page);
    const pdf = await page.request.get(`/certificates/${number}.pdf`);
    expect(pdf.status()).toBe(200);
  });

  test(`${lng}: an admin deactivates an account (its sessions end, it cannot log in), mails it a reset link and reactivates it, all audited`, async ({ page, browser }) => {
    // Two browsers, mails waited for and two logins: a long flow, given room on a busy machine.
    test.slow();
    const email = uniqueEmail(`deactivate-${lng}`);
    const name = `停用${lng}${Date.now().toString(36)}`;
    const learner = await browser.newContext();
    const learnerPage = await learner.newPage();
    await signUp(learnerPage, lng, { email, name });

    await logIn(page, lng, "admin@example.com");
    const person = await db.user.findUniqueOrThrow({ where: { email } });
    await page.goto(`/${lng}/trainer/people/${person.id}`);
    await expect(page.getByTestId("account-state")).toHaveText(t.manage.account.active);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: t.manage.account.sendReset }).click();
    await expect(page.getByRole("status")).toHaveText(t.manage.saved.resetSent);
    const [reset] = (await waitForMails(email, 2)).filter((mail) => mail.subject === t.auth.mail.reset.subject);
    expect(linkIn(reset!, `/${lng}/reset-password/`)).toBeTruthy();

    await page.getByRole("button", { name: t.manage.account.deactivate }).click();
    await expect(page.getByRole("status")).toHaveText(t.manage.saved.deactivated);
    await expect(page.getByTestId("account-state")).toHaveText(t.manage.account.deactivated);
    await learnerPage.goto(`/${lng}/account`);
    await expect(learnerPage).toHaveURL(new RegExp(`/${lng}/login\\?redirectTo=`));
    await learnerPage.setExtraHTTPHeaders({ "X-Forwarded-For": newClientAddress() });
    await learnerPage.getByLabel(t.auth.fields.email).fill(email);
    await learnerPage.getByLabel(t.auth.fields.password).fill("a-long-password-1");
    await learnerPage.getByRole("button", { name: t.auth.login.submit }).click();
    await expect(learnerPage.getByRole("alert")).toHaveText(t.auth.login.deactivated);
    // The reset link mailed before cannot bring the account back either.
    await learnerPage.goto(linkIn(reset!, `/${lng}/reset-password/`));
    await expect(learnerPage.getByRole("alert")).toHaveText(t.auth.reset.invalid);

    await page.getByRole("button", { name: t.manage.account.reactivate }).click();
    await expect(page.getByRole("status")).toHaveText(t.manage.saved.reactivated);
    await logIn(learnerPage, lng, email, "a-long-password-1");
    await learner.close();

    const audit = await db.auditEntry.findMany({ where: { targetType: "user", targetId: person.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["user.password-reset", "user.deactivate", "user.reactivate"]);
  });
}
