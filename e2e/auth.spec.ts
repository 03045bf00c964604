import { expect, test } from "./test";
import { DEMO_PASSWORD, fillSignup, LANGUAGES, logIn, signUp, strings, uniqueEmail } from "./support";

for (const lng of LANGUAGES) {
  const t = strings(lng);
  const name = lng === "zh" ? "张伟" : "Jane Doe";

  test(`${lng}: sign up, log out, log in again`, async ({ page }) => {
    const email = uniqueEmail(`join-${lng}`);
    await page.goto(`/${lng}/join`);
    await fillSignup(page, lng, { email, password: "a-long-password-1", name, company: "广州示例电器有限公司", phone: "138 0013 8000" });
    await page.getByLabel(t.auth.fields.jobRole).selectOption("exporter");
    await page.getByRole("button", { name: t.auth.join.submit }).click();
    await expect(page).toHaveURL(`/${lng}`);

    await page.getByRole("link", { name: t.common.account.profile }).click();
    await expect(page.getByLabel(t.auth.fields.name)).toHaveValue(name);
    await expect(page.getByLabel(new RegExp(`^${t.auth.fields.phone}`))).toHaveValue("13800138000");
    await expect(page.getByLabel(t.auth.fields.jobRole)).toHaveValue("exporter");

    await page.getByRole("button", { name: t.common.account.logout }).click();
    await expect(page.getByRole("link", { name: t.common.account.login })).toBeVisible();

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

  test(`${lng}: a duplicate email is refused with a localized message`, async ({ page }) => {
    await page.goto(`/${lng}/join`);
    await fillSignup(page, lng, { email: "Learner@Example.com", password: "a-long-password-1", name });
    await page.getByRole("button", { name: t.auth.join.submit }).click();
    await expect(page.locator("#email-error")).toHaveText(t.validation.emailTaken);
    await expect(page.getByLabel(t.auth.fields.email)).toHaveValue("Learner@Example.com");
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

test("too many failed logins for one account are refused with a localized message", async ({ page }) => {
  const email = uniqueEmail("limited");
  await signUp(page, "en", { email, name: "Rate Limited" });
  await page.getByRole("button", { name: strings("en").common.account.logout }).click();
  await expect(page.getByRole("link", { name: strings("en").common.account.login })).toBeVisible();
  for (let attempt = 0; attempt < 5; attempt += 1) {
    await page.goto("/zh/login");
    await page.getByLabel(strings("zh").auth.fields.email).fill(email);
    await page.getByLabel(strings("zh").auth.fields.password).fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: strings("zh").auth.login.submit }).click();
    await expect(page.getByRole("alert")).toHaveText(strings("zh").auth.login.failed);
  }
  // Even the right password is refused while the account is limited.
  await page.getByLabel(strings("zh").auth.fields.password).fill("a-long-password-1");
  await page.getByRole("button", { name: strings("zh").auth.login.submit }).click();
  await expect(page.getByRole("alert")).toHaveText(strings("zh").auth.login.tooManyAttempts.replace("{{minutes}}", "15"));
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

test("the session cookie is httpOnly, SameSite=Lax and signed", async ({ page, context }) => {
  await logIn(page, "en", "learner@example.com");
  const session = (await context.cookies()).find((cookie) => cookie.name === "__session");
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  expect(session?.secure).toBe(true);
  // A tampered cookie is not accepted: the user is anonymous again.
  await context.addCookies([{ ...session!, value: `${session!.value.slice(0, -4)}AAAA` }]);
  await page.goto("/en");
  await expect(page.getByRole("link", { name: strings("en").common.account.login })).toBeVisible();
});
