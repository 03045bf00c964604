import { expect, test } from "./test";
import { LANGUAGES, strings } from "./support";

const TRACKING = { slug: "tracking-label-requirements", title: { zh: "追溯标签必须包含哪些信息", en: "What a Tracking Label Must Show" } };

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: search the library in Chinese without spaces, open a resource and its related course`, async ({ page }) => {
    await page.goto(`/${lng}/resources`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.resources.catalog.title);
    expect(await page.getByTestId("resource-card").count()).toBeGreaterThanOrEqual(6);

    await page.getByLabel(t.resources.catalog.query).fill("追溯标签");
    await page.getByRole("button", { name: t.resources.catalog.apply }).click();
    await expect(page).toHaveURL(/q=%E8%BF%BD/);
    await expect(page.getByTestId("resource-count")).toHaveText(t.resources.catalog.countFor.replace("{{q}}", "追溯标签").replace("{{count}}", "1"));
    await page.getByRole("link", { name: TRACKING.title[lng] }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TRACKING.title[lng]);
    await expect(page.getByTestId("resource-body")).toContainText("14(a)(5)");
    await expect(page.getByTestId("resource-body").locator("table")).toBeVisible();
    const related = page.getByTestId("related");
    await expect(related.getByRole("heading", { name: t.resources.page.relatedWebinars })).toBeVisible();
    await related.getByRole("link").first().click();
    await expect(page).toHaveURL(new RegExp(`/${lng}/courses/`));
  });

  test(`${lng}: filter by type, and a search without results or an unknown page says so`, async ({ page }) => {
    await page.goto(`/${lng}/resources`);
    await page.getByLabel(t.resources.catalog.kind).selectOption("checklist");
    await page.getByRole("button", { name: t.resources.catalog.apply }).click();
    await expect(page).toHaveURL(/kind=checklist/);
    await expect(page.getByTestId("resource-card")).toHaveCount(2);
    for (const card of await page.getByTestId("resource-card").all()) await expect(card).toContainText(t.resources.kinds.checklist);

    await page.goto(`/${lng}/resources?q=${encodeURIComponent("<script>不存在的词</script>")}&category=weapons`);
    await expect(page.getByText(t.resources.catalog.empty)).toBeVisible();
    await expect(page.getByLabel(t.resources.catalog.query)).toHaveValue("<script>不存在的词</script>");
    await page.getByRole("link", { name: t.resources.catalog.clear }).click();
    await expect(page).toHaveURL(new RegExp(`/${lng}/resources$`));
    await expect.poll(() => page.getByTestId("resource-card").count()).toBeGreaterThanOrEqual(6);

    const response = await page.goto(`/${lng}/resources/no-such-resource`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.errors.notFound.title);
  });
}
