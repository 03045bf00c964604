// The account itself: password reset by mail, address confirmation, sessions,
// change of password and address, in both languages.
import fs from "node:fs";
import { expect, test, type Browser, type Page } from "./test";
import { expectNoAxeViolations } from "./axe";
import { createTrainingSession, linkIn, waitForMails } from "./fixtures";
import { LANGUAGES, logIn, newClientAddress, signUp, strings, uniqueEmail, type Lng } from "./support";

/** A signed-in browser of its own for an account (its own cookies, its own client address). */
async function signedInElsewhere(browser: Browser, lng: Lng, email: string, password = "a-long-password-1") {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": newClientAddress() } });
  const page = await context.newPage();
  await logIn(page, lng, email, password);
  return { context, page };
}

/** Whether a browser is still signed in: the account page either opens or sends it to log in. */
async function isSignedIn(page: Page, lng: Lng): Promise<boolean> {
  await page.goto(`/${lng}/account`);
  return !page.url().includes("/login");
}

/** The newest mail to an address with this subject, once it has arrived. */
async function mailWithSubject(email: string, subject: string) {
  await expect.poll(async () => (await waitForMails(email, 1)).filter((mail) => mail.subject === subject).length, { timeout: 15_000 }).toBeGreaterThan(0);
  return (await waitForMails(email)).filter((mail) => mail.subject === subject).at(-1)!;
}

for (const lng of LANGUAGES) {
  const t = strings(lng);
  const name = lng === "zh" ? "黄丽" : "Lee Huang";

  test(`${lng}: forgot password → mail → new password; every other session is gone and the link works once`, async ({ page, browser }) => {
    const email = uniqueEmail(`forgot-${lng}`);
    const first = await browser.newContext();
    await signUp(await first.newPage(), lng, { email, name });
    const other = await signedInElsewhere(browser, lng, email);

    await page.goto(`/${lng}/login`);
    await page.getByRole("link", { name: t.auth.login.forgotPassword }).click();
    await expect(page).toHaveURL(`/${lng}/forgot-password`);
    await expectNoAxeViolations(page);
    await page.getByLabel(t.auth.fields.email).fill("not-an-address");
    await page.getByRole("button", { name: t.auth.forgot.submit }).click();
    await expect(page.locator("#email-error")).toHaveText(t.validation.email);
    await page.getByLabel(t.auth.fields.email).fill(email.toUpperCase());
    await page.getByRole("button", { name: t.auth.forgot.submit }).click();
    await expect(page.getByTestId("mail-sent")).toContainText(email.toUpperCase());
    await expectNoAxeViolations(page);

    const mail = await mailWithSubject(email, t.auth.mail.reset.subject);
    const link = linkIn(mail, `/${lng}/reset-password/`);
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.auth.reset.title);
    await expectNoAxeViolations(page);
    await page.getByLabel(t.auth.reset.newPassword).fill("short");
    await page.getByRole("button", { name: t.auth.reset.submit }).click();
    await expect(page.locator("#password-error")).toHaveText(t.validation.passwordTooShort);
    await page.getByLabel(t.auth.reset.newPassword).fill("my-new-password-2");
    await page.getByRole("button", { name: t.auth.reset.submit }).click();
    await expect(page).toHaveURL(`/${lng}/account?notice=passwordReset`);
    await expect(page.getByRole("status")).toHaveText(t.auth.notices.passwordReset);

    // The browsers signed in before the reset are signed out.
    expect(await isSignedIn(other.page, lng)).toBe(false);
    expect(await isSignedIn(await first.newPage(), lng)).toBe(false);
    await other.context.close();
    await first.close();

    // The link works once.
    await page.goto(link);
    await expect(page.getByRole("alert")).toHaveText(t.auth.reset.invalid);
    await expect(page.getByRole("link", { name: t.auth.reset.askAgain })).toHaveAttribute("href", `/${lng}/forgot-password`);

    // The new password opens the account; the old one does not.
    const again = await signedInElsewhere(browser, lng, email, "my-new-password-2");
    await again.context.close();
  });

  test(`${lng}: a new account confirms its address through the mailed link before registering for a training`, async ({ page }) => {
    const email = uniqueEmail(`confirm-${lng}`);
    const session = await createTrainingSession({ capacity: 5 });
    await signUp(page, lng, { email, name }, { confirmed: false });

    await page.goto(`/${lng}/trainings/${session.id}`);
    const notice = page.getByTestId("confirm-email-first");
    await expect(notice).toContainText(t.auth.confirmFirst.reasons.trainings);
    await expect(page.getByRole("button", { name: t.trainings.register.submit })).toHaveCount(0);
    await notice.getByRole("button", { name: t.auth.confirmFirst.resend }).click();
    await expect(notice.getByRole("status")).toHaveText(t.auth.confirmation.sent.replace("{{email}}", email));

    await page.goto(`/${lng}/account/confirmation`);
    await expectNoAxeViolations(page);
    await page.goto(`/${lng}/learning`);
    await expect(page.getByTestId("confirm-email-first")).toContainText(t.auth.confirmFirst.reasons.certificates);

    const mails = await waitForMails(email, 2);
    expect(mails.map((mail) => mail.subject)).toEqual([t.auth.mail.verify.subject, t.auth.mail.verify.subject]);
    expect(mails[0]!.html).toContain(`<a href="${linkIn(mails[0]!, `/${lng}/confirm-email/`)}">`);
    await page.goto(linkIn(mails[0]!, `/${lng}/confirm-email/`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.auth.confirm.title);
    await expect(page.getByText(t.auth.confirm.lead.replace("{{email}}", email))).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: t.auth.confirm.submit }).click();
    await expect(page).toHaveURL(`/${lng}/account?notice=emailConfirmed`);
    await expect(page.getByRole("status")).toHaveText(t.auth.notices.emailConfirmed);
    await expect(page.getByTestId("email-status")).toHaveText(t.auth.profile.emailConfirmed);
    await expectNoAxeViolations(page);
    // Using one link uses them all: the one sent again no longer works.
    await page.goto(linkIn(mails[1]!, `/${lng}/confirm-email/`));
    await expect(page.getByRole("alert")).toHaveText(t.auth.confirm.invalid);

    await page.goto(`/${lng}/trainings/${session.id}`);
    await expect(page.getByTestId("confirm-email-first")).toHaveCount(0);
    await expect(page.getByRole("button", { name: t.trainings.register.submit })).toBeVisible();
  });

  test(`${lng}: "sign out everywhere" ends every session of the account, this one too`, async ({ page, browser }) => {
    const email = uniqueEmail(`everywhere-${lng}`);
    await signUp(page, lng, { email, name });
    const other = await signedInElsewhere(browser, lng, email);

    await page.goto(`/${lng}/account`);
    await page.getByRole("navigation", { name: t.auth.accountNav.label }).getByRole("link", { name: t.auth.accountNav.sessions }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.auth.sessions.title);
    const list = page.getByTestId("session-list");
    await expect(list.getByRole("listitem")).toHaveCount(2);
    await expect(list.getByText(t.auth.sessions.thisBrowser)).toHaveCount(1);
    await expect(list).toContainText("Chrome");
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: t.auth.sessions.signOutEverywhere }).click();
    await expect(page).toHaveURL(`/${lng}/login?notice=signedOutEverywhere`);
    await expect(page.getByRole("status")).toHaveText(t.auth.notices.signedOutEverywhere);
    expect(await isSignedIn(page, lng)).toBe(false);
    expect(await isSignedIn(other.page, lng)).toBe(false);
    await other.context.close();
  });

  test(`${lng}: changing the password needs the current one and signs out the other sessions`, async ({ page, browser }) => {
    const email = uniqueEmail(`newpass-${lng}`);
    await signUp(page, lng, { email, name });
    const other = await signedInElsewhere(browser, lng, email);

    await page.goto(`/${lng}/account/password`);
    await expectNoAxeViolations(page);
    await page.getByLabel(t.auth.changePassword.current).fill("not-my-password");
    await page.getByLabel(t.auth.changePassword.new).fill("a-changed-password-3");
    await page.getByRole("button", { name: t.auth.changePassword.submit }).click();
    await expect(page.locator("#currentPassword-error")).toHaveText(t.validation.wrongPassword);
    await page.getByLabel(t.auth.changePassword.current).fill("a-long-password-1");
    await page.getByLabel(t.auth.changePassword.new).fill("a-changed-password-3");
    await page.getByRole("button", { name: t.auth.changePassword.submit }).click();
    await expect(page).toHaveURL(`/${lng}/account?notice=passwordChanged`);
    // This browser stays signed in (with a new cookie); the other one is out.
    expect(await isSignedIn(page, lng)).toBe(true);
    expect(await isSignedIn(other.page, lng)).toBe(false);
    await other.context.close();
  });

  test(`${lng}: a new email address takes over only once its mailed link is used, and the old one is told`, async ({ page }) => {
    const email = uniqueEmail(`oldaddr-${lng}`);
    const newEmail = uniqueEmail(`newaddr-${lng}`);
    await signUp(page, lng, { email, name });

    await page.goto(`/${lng}/account/email`);
    await expectNoAxeViolations(page);
    await page.getByLabel(t.auth.changeEmail.new).fill(email);
    await page.getByLabel(t.auth.changePassword.current).fill("a-long-password-1");
    await page.getByRole("button", { name: t.auth.changeEmail.submit }).click();
    await expect(page.locator("#newEmail-error")).toHaveText(t.validation.sameEmail);
    await page.getByLabel(t.auth.changeEmail.new).fill(newEmail);
    await page.getByLabel(t.auth.changePassword.current).fill("a-long-password-1");
    await page.getByRole("button", { name: t.auth.changeEmail.submit }).click();
    await expect(page.getByTestId("mail-sent")).toContainText(newEmail);
    await page.reload();
    await expect(page.getByTestId("current-email")).toHaveText(email);

    const confirmation = await mailWithSubject(newEmail, t.auth.mail.changeConfirm.subject);
    await page.goto(linkIn(confirmation, `/${lng}/confirm-email/`));
    await expect(page.getByText(t.auth.confirm.leadNew.replace("{{email}}", newEmail))).toBeVisible();
    await page.getByRole("button", { name: t.auth.confirm.submitNew }).click();
    await expect(page).toHaveURL(`/${lng}/account?notice=emailChanged`);
    await page.goto(`/${lng}/account/email`);
    await expect(page.getByTestId("current-email")).toHaveText(newEmail);

    const told = await mailWithSubject(email, t.auth.mail.changed.subject);
    expect(told.text!.replaceAll("\u200B", "")).toContain(newEmail);
  });

  test(`${lng}: download my data`, async ({ page }) => {
    const email = uniqueEmail(`mydata-${lng}`);
    await signUp(page, lng, { email, name, company: "宁波示例玩具有限公司" });
    await page.goto(`/${lng}/account`);
    await page.getByRole("navigation", { name: t.auth.accountNav.label }).getByRole("link", { name: t.auth.accountNav.data }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.privacy.myData.title);
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t.privacy.myData.download }).click()]);
    expect(download.suggestedFilename()).toMatch(/^my-data-\d{4}-\d\d-\d\d\.json$/);
    const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8")) as Record<string, unknown> & { profile: Record<string, unknown>; loginSessions: unknown[] };
    expect(data.profile).toMatchObject({ email, name, company: "宁波示例玩具有限公司" });
    expect(data.loginSessions.length).toBeGreaterThanOrEqual(1);
    expect(Object.keys(data)).toEqual(expect.arrayContaining(["courses", "quizAttempts", "webinars", "trainingRegistrations", "certificates", "recentLoginAttempts"]));
    expect(JSON.stringify(data)).not.toMatch(/passwordHash|scrypt/);
    // Only for the person signed in.
    const anonymous = await page.request.get(`/${lng}/account/data.json`, { headers: { Cookie: "" }, maxRedirects: 0 });
    expect(anonymous.status()).toBe(302);
  });
}
