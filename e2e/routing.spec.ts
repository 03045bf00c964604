import { expect, test } from "./test";
import { LANGUAGES, logIn, strings } from "./support";

test("/ redirects by Accept-Language, default Chinese", async ({ request }) => {
  const en = await request.get("/", { headers: { "Accept-Language": "en-US,en;q=0.9" }, maxRedirects: 0 });
  expect(en.status()).toBe(302);
  expect(en.headers().location).toBe("/en");
  const zh = await request.get("/", { headers: { "Accept-Language": "zh-CN,zh;q=0.9" }, maxRedirects: 0 });
  expect(zh.headers().location).toBe("/zh");
  const other = await request.get("/", { headers: { "Accept-Language": "fr-FR" }, maxRedirects: 0 });
  expect(other.headers().location).toBe("/zh");
});

test("the remembered language wins over Accept-Language", async ({ page }) => {
  await page.setExtraHTTPHeaders({ "Accept-Language": "zh-CN" });
  await page.goto("/en");
  const response = await page.request.get("/", { maxRedirects: 0 });
  expect(response.headers().location).toBe("/en");
});

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: home page has the right html lang and navigation`, async ({ page }) => {
    await page.goto(`/${lng}`);
    await expect(page.locator("html")).toHaveAttribute("lang", lng === "zh" ? "zh-CN" : "en");
    await expect(page).toHaveTitle(t.common.pageTitle.replace("{{page}}", t.home.title));
    const nav = page.getByRole("navigation", { name: t.common.nav.label });
    for (const label of [t.common.nav.courses, t.common.nav.trainings, t.common.nav.webinars, t.common.nav.learning, t.common.nav.verify]) {
      await expect(nav.getByRole("link", { name: label })).toBeVisible();
    }
    await expect(nav.getByRole("link", { name: t.common.nav.trainer })).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.home.hero.title);
  });

  test(`${lng}: the language switcher opens the same page in the other language and remembers it`, async ({ page }) => {
    const other = lng === "zh" ? "en" : "zh";
    await page.goto(`/${lng}/login?redirectTo=%2F${lng}`);
    await page.getByTestId("language-switcher").click();
    await expect(page).toHaveURL(`/${other}/login?redirectTo=%2F${lng}`);
    await expect(page.locator("html")).toHaveAttribute("lang", other === "zh" ? "zh-CN" : "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(strings(other).auth.login.title);
    const response = await page.request.get("/", { maxRedirects: 0, headers: { "Accept-Language": `${lng}` } });
    expect(response.headers().location).toBe(`/${other}`);
  });

  test(`${lng}: long pages with Chinese text carry no NUL bytes`, async ({ page }) => {
    await logIn(page, lng, "admin@example.com");
    for (const path of ["/trainer/people", "/trainer/certificates", "/trainer/reports/courses/toy-safety-us", "/courses", "/trainings"]) {
      const response = await page.request.get(`/${lng}${path}`);
      expect(response.status(), path).toBe(200);
      expect((await response.body()).includes(0), path).toBe(false);
    }
  });

  test(`${lng}: an unknown page is a localized 404 in the app shell`, async ({ page }) => {
    const response = await page.goto(`/${lng}/no-such-page`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.errors.notFound.title);
    await expect(page.getByRole("link", { name: t.errors.backHome })).toHaveAttribute("href", `/${lng}`);
    await expect(page.getByRole("navigation", { name: t.common.nav.label })).toBeVisible();
  });
}

test("an unknown language segment is a 404 in the remembered language, not a crash", async ({ page }) => {
  await page.goto("/en");
  const response = await page.goto("/fr/courses");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(strings("en").errors.notFound.title);
});

test("/healthz reports a database round-trip and the job queue", async ({ request }) => {
  const response = await request.get("/healthz");
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.status).toBe("ok");
  expect(body.database.status).toBe("ok");
  expect(typeof body.database.roundTripMs).toBe("number");
  expect(body.queue).toEqual({ oldestPendingSeconds: expect.any(Number), failed: expect.any(Number) });
});

test("a body that is not a form, an oversized body and a malformed URL are refused, not crashed", async ({ request }) => {
  const json = await request.post("/en/login", { data: { email: "x" }, headers: { "Content-Type": "application/json" } });
  expect(json.status()).toBe(400);
  const huge = await request.post("/en/join", { form: { name: "名".repeat(600_000) } });
  expect(huge.status()).toBe(413);
  expect(await huge.text()).toBe("The submitted content is too large and has been refused.");
  const malformed = await request.get("/zh/courses/%");
  expect(malformed.status()).toBe(400);
  expect(await malformed.text()).toBe("请求格式有误，无法处理。");
});

test("pages cannot be framed by other sites", async ({ request }) => {
  const response = await request.get("/en");
  expect(response.headers()["x-frame-options"]).toBe("DENY");
  expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});
