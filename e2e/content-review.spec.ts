import { expect, test } from "./test";
import { moduleReview } from "./course-content";
import { db } from "./fixtures";
import { LANGUAGES, logIn, strings, type Lng } from "./support";

const TOYS = "toy-safety-us";

/** A content date as the pages show it (formatDate: long style, China Standard Time). */
function shownDate(lng: Lng, day: string | Date): string {
  return new Intl.DateTimeFormat(lng === "zh" ? "zh-CN" : "en", { dateStyle: "long", timeZone: "Asia/Shanghai" }).format(new Date(day instanceof Date ? day : `${day}T00:00:00Z`));
}

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: a module shows its sources as plain links and its last review date`, async ({ page }) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    const { reviewed, sources } = moduleReview(TOYS, "lead-and-phthalates");
    await page.goto(`/${lng}/courses/${TOYS}/lead-and-phthalates`);

    const section = page.getByTestId("content-sources");
    await expect(section.getByRole("heading", { name: t.common.sources.heading })).toBeVisible();
    await expect(page.getByTestId("content-reviewed")).toHaveText(t.common.sources.reviewed.replace("{{date}}", shownDate(lng, reviewed)));
    const links = section.getByRole("link");
    await expect(links).toHaveCount(sources.length);
    await expect(section.getByRole("link", { name: "16 CFR 1307" })).toHaveAttribute("href", "https://www.ecfr.gov/current/title-16/part-1307");
    // Plain links: nothing is fetched from the publishers while the page loads.
    expect(requested.filter((url) => !url.startsWith(new URL(page.url()).origin))).toEqual([]);

    // The parallel view shows them too.
    await page.goto(`/${lng}/courses/${TOYS}/lead-and-phthalates?view=parallel`);
    await expect(page.getByTestId("content-reviewed")).toBeVisible();
  });

  test(`${lng}: a term in module text links to its glossary entry`, async ({ page }) => {
    await page.goto(`/${lng}/courses/${TOYS}/testing-certification-tracking`);
    const body = page.getByTestId("module-body");
    const term = lng === "zh" ? "追溯标签" : "tracking label";
    const link = body.locator("a.term-link", { hasText: new RegExp(`^${term}`, "i") });
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAttribute("href", `/${lng}/glossary#term-tracking-label`);
    // No term is linked inside a heading.
    await expect(body.locator("h2 a, h3 a")).toHaveCount(0);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${lng}/glossary#term-tracking-label$`));
    await expect(page.locator("#term-tracking-label")).toContainText("追溯标签");
    await expect(page.locator("#term-tracking-label")).toContainText("tracking label");
  });

  test(`${lng}: resource and webinar pages show their sources and review date, and the webinar credits the training team`, async ({ page }) => {
    await page.goto(`/${lng}/resources/childrens-product-certificate-checklist`);
    await expect(page.getByTestId("content-sources").getByRole("link", { name: "90 FR 1800" })).toHaveAttribute("href", /^https:\/\/www\.federalregister\.gov\//);
    await expect(page.getByTestId("content-reviewed")).toBeVisible();

    await page.goto(`/${lng}/webinars/buyers-toy-checklist`);
    await expect(page.getByTestId("content-sources").getByRole("link", { name: "16 CFR 1110" })).toBeVisible();
    await expect(page.getByTestId("content-reviewed")).toBeVisible();
    await expect(page.getByText(t.webinars.player.speakers.replace("{{list}}", lng === "zh" ? "培训团队（产品安全培训平台）" : "the training team (Product Safety Training)"))).toBeVisible();
    await expect(page.getByText(/CPSC (staff|工作人员)/)).toHaveCount(0);
  });

  test(`${lng}: the trainer overview lists a module whose review is overdue, and no longer once it is reviewed`, async ({ page }) => {
    // Each language ages its own module, so the two tests can run at once.
    const slug = lng === "zh" ? "recalls-and-corrective-action" : "hazards-behind-recalls";
    const module = await db.courseModule.findFirstOrThrow({ where: { slug, course: { slug: "electrical-products-us" } } });
    const stale = new Date(Date.UTC(2024, 4, 20));
    await db.courseModule.update({ where: { id: module.id }, data: { reviewedOn: stale } });
    try {
      await logIn(page, lng, "trainer@example.com");
      await page.goto(`/${lng}/trainer`);
      await expect(page.getByRole("heading", { name: t.trainer.reviews.heading })).toBeVisible();
      const row = page.getByTestId("reviews-due").getByRole("row").filter({ hasText: lng === "zh" ? module.titleZh : module.titleEn });
      await expect(row).toContainText(t.trainer.reviews.kinds.module);
      await expect(row).toContainText(shownDate(lng, stale));
      await row.getByRole("link").click();
      await expect(page).toHaveURL(`/${lng}/courses/electrical-products-us/${slug}`);
    } finally {
      await db.courseModule.update({ where: { id: module.id }, data: { reviewedOn: module.reviewedOn } });
    }
    await page.goto(`/${lng}/trainer`);
    await expect(page.getByRole("link", { name: lng === "zh" ? module.titleZh : module.titleEn })).toHaveCount(0);
  });
}
