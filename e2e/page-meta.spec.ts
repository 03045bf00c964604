import { expect, test } from "./test";
import { db } from "./fixtures";
import { LANGUAGES, strings } from "./support";

const HAN = /\p{Script=Han}/u;

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: every main page has a localized description and Open Graph preview`, async ({ page, baseURL }) => {
    const training = await db.trainingSession.findFirstOrThrow({ where: { code: { startsWith: "ningbo" } }, orderBy: { startsAt: "desc" } });
    const course = await db.course.findUniqueOrThrow({ where: { slug: "toy-safety-us" } });
    const expected: Record<string, string | null> = {
      "": t.home.hero.lead,
      "/courses": t.courses.catalog.lead,
      "/courses/toy-safety-us": lng === "zh" ? course.summaryZh : course.summaryEn,
      "/courses/toy-safety-us/lead-and-phthalates": null,
      "/trainings": t.trainings.list.lead,
      [`/trainings/${training.id}`]: null,
      "/webinars": t.webinars.list.lead,
      "/webinars/ecommerce-safe-products": null,
      "/resources": t.resources.catalog.lead,
      "/bulletins": t.bulletins.list.lead,
      "/verify": t.certificates.verify.lead,
      "/login": t.auth.login.lead,
      "/join": t.auth.join.lead,
    };
    const descriptions = new Set<string>();
    for (const [path, description] of Object.entries(expected)) {
      const url = `/${lng}${path}`;
      await page.goto(url);
      const meta = async (selector: string) => page.locator(`head meta[${selector}]`).getAttribute("content");
      const content = await meta('name="description"');
      expect(content, url).toBeTruthy();
      expect(content!.length, url).toBeLessThanOrEqual(200);
      // The page's own text, cut to one preview line when it is longer.
      if (description) expect(description.replace(/\s+/g, " ").trim().startsWith(content!.replace(/…$/, "")), url).toBe(true);
      // Chinese pages describe themselves in Chinese, English pages in English.
      expect(HAN.test(content!), url).toBe(lng === "zh");
      expect(await meta('property="og:description"'), url).toBe(content);
      expect(await meta('property="og:title"'), url).toBe(await page.title());
      expect(await meta('property="og:url"'), url).toBe(`${baseURL}${url}`);
      expect(await meta('property="og:locale"'), url).toBe(lng === "zh" ? "zh_CN" : "en_US");
      expect(await meta('property="og:type"'), url).toBe("website");
      expect(await meta('property="og:image"'), url).toBe(`${baseURL}/og-image.png`);
      descriptions.add(content!);
    }
    // Pages describe themselves, not all with one site-wide sentence.
    expect(descriptions.size).toBeGreaterThanOrEqual(Object.keys(expected).length - 1);
    const image = await page.request.get("/og-image.png");
    expect(image.status()).toBe(200);
    expect(image.headers()["content-type"]).toBe("image/png");
  });
}
