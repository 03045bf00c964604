// Routes with their own error boundary: the error shows inside the site's
// frame (and the trainer navigation, for a trainer), in the route's own
// words, with the localized error title and the right status code.
import { expect, test, type Page } from "./test";
import { LANGUAGES, expectAccessible, logIn, strings, type Lng } from "./support";

function errorTitle(lng: Lng, kind: "notFound" | "forbidden") {
  const t = strings(lng);
  return t.common.pageTitle.replace("{{page}}", t.errors[kind].title);
}

async function expectErrorPage(page: Page, lng: Lng, kind: "notFound" | "forbidden", message: string) {
  const t = strings(lng);
  await expect(page).toHaveTitle(errorTitle(lng, kind));
  await expect(page.locator("html")).toHaveAttribute("lang", lng === "zh" ? "zh-CN" : "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.errors[kind].title);
  await expect(page.getByTestId(`error-${kind}`)).toContainText(message);
  await expect(page.getByRole("navigation", { name: t.common.nav.label })).toBeVisible();
  await expect(page.getByRole("link", { name: t.errors.backHome })).toHaveAttribute("href", `/${lng}`);
  await expect(page.locator("title")).toHaveCount(1);
}

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: an unknown course module, webinar or training session is a 404 in the route's own words`, async ({ page }) => {
    const cases = [
      { path: `/${lng}/courses/toy-safety-us/no-such-module`, message: t.errors.routes.moduleNotFound },
      { path: `/${lng}/webinars/no-such-webinar`, message: t.errors.routes.webinarNotFound },
      { path: `/${lng}/trainings/no-such-session`, message: t.errors.routes.trainingNotFound },
    ];
    for (const { path, message } of cases) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expectErrorPage(page, lng, "notFound", message);
    }
    await expectAccessible(page);
  });

  test(`${lng}: a learner in the trainer area gets a 403 without the trainer navigation`, async ({ page }) => {
    await logIn(page, lng, "learner@example.com");
    const response = await page.goto(`/${lng}/trainer`);
    expect(response?.status()).toBe(403);
    await expectErrorPage(page, lng, "forbidden", t.errors.routes.trainerForbidden);
    await expect(page.getByRole("navigation", { name: t.trainer.nav.label })).toHaveCount(0);
  });

  test(`${lng}: a trainer on an administrators' page gets a 403 inside the trainer area, and a 404 for an unknown record`, async ({ page }) => {
    await logIn(page, lng, "trainer@example.com");
    const forbidden = await page.goto(`/${lng}/trainer/outbox`);
    expect(forbidden?.status()).toBe(403);
    await expectErrorPage(page, lng, "forbidden", t.errors.routes.trainerForbidden);
    await expect(page.getByRole("navigation", { name: t.trainer.nav.label })).toBeVisible();
    await expectAccessible(page);

    const unknown = await page.goto(`/${lng}/trainer/sessions/no-such-session/edit`);
    expect(unknown?.status()).toBe(404);
    await expectErrorPage(page, lng, "notFound", t.errors.notFound.body);
    await expect(page.getByRole("navigation", { name: t.trainer.nav.label })).toBeVisible();

    // The trainer area works again after an error (client-side navigation from the error page's frame).
    await page.getByRole("navigation", { name: t.trainer.nav.label }).getByRole("link", { name: t.trainer.nav.sessions }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.manage.sessions.title);
    await expect(page).not.toHaveTitle(errorTitle(lng, "notFound"));
  });
}
