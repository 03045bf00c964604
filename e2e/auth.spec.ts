import { expectNoAxeViolations } from "./axe";
import { waitForMails } from "./fixtures";
import { DEMO_PASSWORD, fillSignup, LANGUAGES, logIn, newClientAddress, signUp, strings, uniqueEmail, waitForHydration } from "./support";
import { expect, test } from "./test";

for (const lng of LANGUAGES) {
  const t = strings(lng);
  const name = lng === "zh" ? "张伟" : "Jane Doe";

  test(`${lng}: sign up, check the mailbox, log in, log out, log in again`, async ({ page }) => {
    const email = uniqueEmail(`join-${lng}`);
    await page.goto(`/${lng}/join`);
    await expect(page.getByRole("link", { name: t.privacy.linkLabel }).first()).toHaveAttribute("href", `/${lng}/privacy`);
    await fillSignup(page, lng, { email, password: "a-long-password-1", name, company: "广州示例电器有限公司", phone: "138 0013 8000" });
    await page.getByLabel(t.auth.fields.jobRole).selectOption("exporter");
    await page.getByRole("button", { name: t.auth.join.submit }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.auth.join.sentTitle);
    await expect(page.getByTestId("mail-sent")).toContainText(email);
    await expectNoAxeViolations(page);
    // Nobody is signed in by joining: the answer must not differ for an address that already has an account.
    await expect(page.getByRole("button", { name: t.common.account.logout })).toHaveCount(0);

    await page.getByRole("main").getByRole("link", { name: t.common.account.login, exact: true }).click();
    await logIn(page, lng, email, "a-long-password-1");
    await expect(page.getByRole("button", { name: t.common.account.logout })).toBeVisible();
    await page.getByRole("link", { name: t.common.account.profile }).click();
    await expect(page.getByTestId("email-status")).toHaveText(t.auth.profile.emailNotConfirmed);
    await expect(page.getByLabel(t.auth.fields.name)).toHaveValue(name);
    await expect(page.getByLabel(new RegExp(`^${t.auth.fields.phone}`))).toHaveValue("+8613800138000");
    await expect(page.getByLabel(t.auth.fields.jobRole)).toHaveValue("exporter");

    await page.getByRole("button", { name: t.common.account.logout }).click();
    await expect(page.getByRole("link", { name: t.common.account.login, exact: true })).toBeVisible();

    await logIn(page, lng, email, "a-long-password-1");
    await expect(page).toHaveURL(`/${lng}`);
  });

  test(`${lng}: wrong password gives a localized error and keeps the email`, async ({ page }) => {
    await page.goto(`/${lng}/login`);
    await page.getByLabel(t.auth.fields.email).fill("learner@example.com");
    await page.getByLabel(t.auth.fields.password).fill("not-the-password");
    await page.getByRole("button", { name: t.auth.login.submit }).click();
    await expect(page.getByRole("alert")).toHaveText(t.auth.login.failed);
    await expect(page.getByLabel(t.auth.fields.email)).toHaveValue("learner@example.com");
  });

  test(`${lng}: an empty login form shows errors next to the fields`, async ({ page }) => {
    await page.goto(`/${lng}/login`);
    await page.getByRole("button", { name: t.auth.login.submit }).click();
    await expect(page.locator("#email-error")).toHaveText(t.validation.required);
    await expect(page.locator("#password-error")).toHaveText(t.validation.required);
    await expect(page.getByLabel(t.auth.fields.email)).toHaveAttribute("aria-invalid", "true");
  });

  test(`${lng}: an empty sign-up form shows localized errors`, async ({ page }) => {
    await page.goto(`/${lng}/join`);
    await waitForHydration(page);
    await page.getByRole("button", { name: t.auth.join.submit }).click();
    await expect(page.locator("#email-error")).toHaveText(t.validation.required);
    await expect(page.locator("#password-error")).toHaveText(t.validation.required);
    await expect(page.locator("#name-error")).toHaveText(t.validation.required);
  });

  test(`${lng}: invalid sign-up input keeps what was typed`, async ({ page }) => {
    await page.goto(`/${lng}/join`);
    await fillSignup(page, lng, { email: "not-an-email", password: "short", name, company: "示例公司", phone: "12345" });
    await page.getByRole("button", { name: t.auth.join.submit }).click();
    await expect(page.locator("#email-error")).toHaveText(t.validation.email);
    await expect(page.locator("#password-error")).toHaveText(t.validation.passwordTooShort);
    await expect(page.locator("#phone-error")).toHaveText(t.validation.phone);
    await expect(page.getByLabel(t.auth.fields.email)).toHaveValue("not-an-email");
    await expect(page.getByLabel(t.auth.fields.name)).toHaveValue(name);
    await expect(page.getByLabel(new RegExp(`^${t.auth.fields.company}`))).toHaveValue("示例公司");
    await expect(page.getByLabel(new RegExp(`^${t.auth.fields.phone}`))).toHaveValue("12345");
  });

  test(`${lng}: joining with an address that has an account answers as for a new one and mails the owner`, async ({ page, browser }) => {
    const owner = uniqueEmail(`owner-${lng}`);
    const ownerContext = await browser.newContext();
    await signUp(await ownerContext.newPage(), lng, { email: owner, name });
    await ownerContext.close();

    const answers: string[] = [];
    for (const email of [owner.toUpperCase(), uniqueEmail(`fresh-${lng}`)]) {
      await page.setExtraHTTPHeaders({ "X-Forwarded-For": newClientAddress() });
      await page.goto(`/${lng}/join`);
      await fillSignup(page, lng, { email, password: "an-attackers-password", name: "Mallory" });
      await page.getByRole("button", { name: t.auth.join.submit }).click();
      await expect(page.getByTestId("mail-sent")).toBeVisible();
      answers.push((await page.getByRole("main").innerText()).replace(email, "ADDRESS"));
    }
    expect(answers[0]).toBe(answers[1]);
    // The owner hears of it; the stranger's password does not open the owner's account.
    const mails = await waitForMails(owner, 2);
    expect(mails.map((mail) => mail.subject)).toContain(lng === "zh" ? "有人尝试用您的邮箱注册账号" : "Someone tried to create an account with your address");
    await page.goto(`/${lng}/login`);
    await page.getByLabel(t.auth.fields.email).fill(owner);
    await page.getByLabel(t.auth.fields.password).fill("an-attackers-password");
    await page.getByRole("button", { name: t.auth.login.submit }).click();
    await expect(page.getByRole("alert")).toHaveText(t.auth.login.failed);
  });

  test(`${lng}: a learner opening the trainer area gets 403 from the server`, async ({ page }) => {
    await logIn(page, lng, "learner@example.com");
    const response = await page.goto(`/${lng}/trainer`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.errors.forbidden.title);
    await expect(page.getByRole("link", { name: t.common.nav.trainer })).toHaveCount(0);
  });

  test(`${lng}: an anonymous visitor to the trainer area is sent to log in, and back after`, async ({ page }) => {
    await page.goto(`/${lng}/trainer`);
    await expect(page).toHaveURL(`/${lng}/login?redirectTo=%2F${lng}%2Ftrainer`);
    await page.getByLabel(t.auth.fields.email).fill("trainer@example.com");
    await page.getByLabel(t.auth.fields.password).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: t.auth.login.submit }).click();
    await expect(page).toHaveURL(`/${lng}/trainer`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.trainer.overview.title);
    await expect(page.getByRole("navigation", { name: t.common.nav.label }).getByRole("link", { name: t.common.nav.trainer })).toBeVisible();
  });

  test(`${lng}: profile changes are validated and saved`, async ({ page }) => {
    await signUp(page, lng, { email: uniqueEmail(`profile-${lng}`), name });
    await page.goto(`/${lng}/account`);
    await page.getByLabel(t.auth.fields.name).fill("");
    await page.getByLabel(new RegExp(`^${t.auth.fields.phone}`)).fill("+1 202 555 0100");
    await page.getByRole("button", { name: t.auth.profile.submit }).click();
    await expect(page.locator("#name-error")).toHaveText(t.validation.required);
    await expect(page.getByLabel(new RegExp(`^${t.auth.fields.phone}`))).toHaveValue("+1 202 555 0100");
    await page.getByLabel(t.auth.fields.name).fill(`${name} 二`);
    await page.getByRole("button", { name: t.auth.profile.submit }).click();
    await expect(page.getByRole("status")).toHaveText(t.auth.profile.saved);
    await page.reload();
    await expect(page.getByLabel(t.auth.fields.name)).toHaveValue(`${name} 二`);
    await expect(page.getByLabel(new RegExp(`^${t.auth.fields.phone}`))).toHaveValue("+12025550100");
  });
}

test("wrong passwords from one client do not lock the owner out from another, and a correct password never counts as a failure", async ({ page, browser }) => {
  // Nine logins with scrypt, the later ones slowed down on purpose.
  test.setTimeout(150_000);
  const zh = strings("zh");
  const email = uniqueEmail("guessed");
  await signUp(page, "en", { email, name: "Guessed At" });
  await page.getByRole("button", { name: strings("en").common.account.logout }).click();

  const attacker = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": newClientAddress() } });
  const attackerPage = await attacker.newPage();
  const tryPassword = async (target: typeof page, password: string) => {
    await target.goto("/zh/login");
    await target.getByLabel(zh.auth.fields.email).fill(email);
    await target.getByLabel(zh.auth.fields.password).fill(password);
    await target.getByRole("button", { name: zh.auth.login.submit }).click();
  };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await tryPassword(attackerPage, `wrong-${attempt}`);
    await expect(attackerPage.getByRole("alert")).toHaveText(zh.auth.login.failed);
  }
  // That client now waits, even with the right password…
  await tryPassword(attackerPage, "a-long-password-1");
  await expect(attackerPage.getByRole("alert")).toHaveText(zh.auth.login.tooManyAttempts.replace("{{minutes}}", "15"));
  await attacker.close();

  // …but the owner, from another network, gets in (a little slowed down), again and again.
  const owner = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": newClientAddress() } });
  const ownerPage = await owner.newPage();
  for (let login = 0; login < 3; login += 1) {
    await tryPassword(ownerPage, "a-long-password-1");
    await expect(ownerPage.getByRole("button", { name: zh.common.account.logout })).toBeVisible();
    await ownerPage.getByRole("button", { name: zh.common.account.logout }).click();
    await expect(ownerPage.getByRole("link", { name: zh.common.account.login, exact: true })).toBeVisible();
  }
  await owner.close();
});

test("a form post from another origin is refused", async ({ request }) => {
  const response = await request.post("/en/login", {
    headers: { Origin: "https://attacker.example" },
    form: { email: "learner@example.com", password: DEMO_PASSWORD },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["set-cookie"]).toBeUndefined();
});

test("the session cookie is httpOnly, SameSite=Lax, signed, and new at every login", async ({ page, context }) => {
  await logIn(page, "en", "learner@example.com");
  const first = (await context.cookies()).find((cookie) => cookie.name === "__session")!.value;
  await page.getByRole("button", { name: strings("en").common.account.logout }).click();
  // Logging out has finished (its redirect would otherwise land after the next page.goto).
  await expect(page.getByRole("link", { name: strings("en").common.account.login, exact: true })).toBeVisible();
  await logIn(page, "en", "learner@example.com");
  const session = (await context.cookies()).find((cookie) => cookie.name === "__session");
  expect(session?.value).not.toBe(first);
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  expect(session?.secure).toBe(true);
  // A tampered cookie is not accepted: the user is anonymous again.
  await context.addCookies([{ ...session!, value: `${session!.value.slice(0, -4)}AAAA` }]);
  await page.goto("/en");
  await expect(page.getByRole("link", { name: strings("en").common.account.login, exact: true })).toBeVisible();
});

test("logging out ends the session on the server: a copy of the old cookie opens nothing", async ({ page, context, browser }) => {
  await logIn(page, "en", "learner@example.com");
  const cookie = (await context.cookies()).find((entry) => entry.name === "__session")!;
  await page.getByRole("button", { name: strings("en").common.account.logout }).click();
  await expect(page.getByRole("link", { name: strings("en").common.account.login, exact: true })).toBeVisible();

  const replay = await browser.newContext();
  await replay.addCookies([cookie]);
  const replayPage = await replay.newPage();
  const response = await replayPage.goto("/en/account");
  expect(replayPage.url()).toContain("/en/login?redirectTo=");
  expect(response?.status()).toBe(200);
  // The dead cookie is removed from the browser.
  expect((await replay.cookies()).find((entry) => entry.name === "__session")).toBeUndefined();
  await replay.close();
});

test("after logging in, redirectTo never leads to another site", async ({ page }) => {
  for (const target of ["/.//evil.example", "//evil.example", "/%2e%2e//evil.example", "/\\evil.example", "https://evil.example"]) {
    await page.goto(`/en/login?redirectTo=${encodeURIComponent(target)}`);
    await page.getByLabel(strings("en").auth.fields.email).fill("learner@example.com");
    await page.getByLabel(strings("en").auth.fields.password).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: strings("en").auth.login.submit }).click();
    await expect(page).toHaveURL("/en");
    await page.getByRole("button", { name: strings("en").common.account.logout }).click();
    await expect(page.getByRole("link", { name: strings("en").common.account.login, exact: true })).toBeVisible();
  }
});
