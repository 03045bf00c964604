import { expect, test, type Page } from "./test";
import { LANGUAGES, strings, type Lng } from "./support";

async function search(page: Page, lng: Lng, query: string) {
  const t = strings(lng);
  await page.getByRole("searchbox", { name: t.glossary.query }).fill(query);
  await page.getByRole("button", { name: t.glossary.apply }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(query).replace(/%20/g, "(\\+|%20)")}`));
}

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: the glossary is in the footer and finds a term typed in Chinese, in English or as a rejected variant`, async ({ page }) => {
    await page.goto(`/${lng}`);
    await page.getByRole("contentinfo").getByRole("link", { name: t.common.footer.glossary }).click();
    await expect(page).toHaveURL(`/${lng}/glossary`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.glossary.title);
    expect(await page.getByTestId("glossary-entry").count()).toBeGreaterThanOrEqual(40);

    await search(page, lng, "追溯标签");
    const entry = page.locator("#term-tracking-label");
    await expect(entry).toBeVisible();
    await expect(entry).toContainText("tracking label");
    await expect(entry).toContainText(t.glossary.avoid);
    await expect(entry).toContainText("追踪标签");

    await search(page, lng, "tracking label");
    await expect(entry).toContainText("追溯标签");
    await expect(page.locator("#term-drawstring")).toHaveCount(0);

    // A learner who types a variant the platform does not use still finds the term.
    await search(page, lng, "抽绳");
    await expect(page.locator("#term-drawstring")).toContainText("拉绳");
    await expect(page.getByTestId("glossary-count")).toHaveText(t.glossary.countFor.replace("{{q}}", "抽绳").replace("{{count}}", "1"));

    // Several words must all match, in either language, without spaces in Chinese.
    await search(page, lng, "material 重大变更");
    await expect(page.locator("#term-material-change")).toBeVisible();
    await expect(page.locator("#term-tracking-label")).toHaveCount(0);
  });

  test(`${lng}: a glossary search without results says so and keeps what was typed`, async ({ page }) => {
    await page.goto(`/${lng}/glossary?q=${encodeURIComponent("<script>不存在的词</script>")}`);
    await expect(page.getByText(t.glossary.empty)).toBeVisible();
    await expect(page.getByTestId("glossary-entry")).toHaveCount(0);
    await expect(page.getByRole("searchbox", { name: t.glossary.query })).toHaveValue("<script>不存在的词</script>");
    await page.getByRole("link", { name: t.glossary.clear }).click();
    await expect(page).toHaveURL(`/${lng}/glossary`);
    await expect.poll(() => page.getByTestId("glossary-entry").count()).toBeGreaterThanOrEqual(40);

    const long = await page.request.get(`/${lng}/glossary?q=${encodeURIComponent("邻苯".repeat(500))}`);
    expect(long.status()).toBe(200);
  });
}
