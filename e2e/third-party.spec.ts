import { expect, test, type Page } from "./test";
import { isOfficialSourceUrl } from "../app/platform/content/sources";
import { courseModules } from "./course-content";
import { createTrainingSession } from "./fixtures";
import { answerQuiz, register } from "./flows";
import { LANGUAGES, logIn, signUp, strings, uniqueEmail } from "./support";

const PAGES = ["", "/login", "/join", "/no-such-page", "/courses", "/courses/toy-safety-us", "/courses/toy-safety-us/lead-and-phthalates?view=parallel", "/trainings", "/webinars", "/webinars/ecommerce-safe-products", "/glossary?q=%E8%BF%BD%E6%BA%AF"];
const TOYS = "toy-safety-us";
const WEBINAR = "ecommerce-safe-products";

/** Every URL the browser requests (documents, scripts, media, fetches) that is not on the app's own host. */
function recordForeignRequests(page: Page, baseURL: string): string[] {
  const ownHost = new URL(baseURL).host;
  const foreign: string[] = [];
  page.context().on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:" && url.host !== ownHost) foreign.push(request.url());
  });
  return foreign;
}

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: pages reference and request no host other than their own`, async ({ page, baseURL }) => {
    const ownHost = new URL(baseURL!).host;
    const foreign = recordForeignRequests(page, baseURL!);
    for (const path of PAGES) {
      await page.goto(`/${lng}${path}`);
      const html = await page.content();
      // Anything the browser would load by itself (scripts, styles, images, media, form targets). Plain <a> links to
      // official texts (a page's sources) load nothing until followed, so they may point elsewhere.
      const loaded = [...html.matchAll(/(?:src|action|srcset)="((?:https?:)?\/\/[^"]+)"|<(?!a\s)[a-z]+\s[^>]*\bhref="((?:https?:)?\/\/[^"]+)"/g)].map((match) => (match[1] ?? match[2])!);
      expect(loaded.filter((url) => new URL(url, baseURL).host !== ownHost), `${lng}${path}`).toEqual([]);
      const links = [...html.matchAll(/<a\s[^>]*\bhref="(https?:\/\/[^"]+)"/g)].map((match) => match[1]!);
      expect(links.filter((url) => new URL(url).host !== ownHost && !isOfficialSourceUrl(url)), `${lng}${path}`).toEqual([]);
    }
    expect(foreign).toEqual([]);
  });

  test(`${lng}: the main flows make no request to another host`, async ({ page, baseURL }) => {
    const foreign = recordForeignRequests(page, baseURL!);
    const email = uniqueEmail(`offline-${lng}`);
    await page.goto(`/${lng}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.home.hero.title);
    await signUp(page, lng, { email, name: lng === "zh" ? "孙悦" : "Yue Sun" });

    // Catalog, a module, and its quiz submitted.
    await page.goto(`/${lng}/courses`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.courses.catalog.title);
    const module = courseModules(TOYS)[0]!;
    await page.goto(`/${lng}/courses/${TOYS}/${module.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(module.title[lng]);
    await page.goto(`/${lng}/courses/${TOYS}/${module.slug}/quiz`);
    await answerQuiz(page, lng, TOYS, module.slug, "right");
    await page.getByRole("button", { name: t.courses.quiz.submit }).click();
    await expect(page.getByTestId("quiz-verdict")).toBeVisible();

    // Trainings: the list, a session's page, and a registration.
    await page.goto(`/${lng}/trainings`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.trainings.list.title);
    const session = await createTrainingSession({ capacity: 30 });
    await register(page, lng, session.id);

    // A webinar with its video playing.
    await page.goto(`/${lng}/webinars/${WEBINAR}`);
    const video = page.locator("video");
    await video.evaluate((element: HTMLVideoElement) => {
      element.muted = true;
      return element.play();
    });
    await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime), { timeout: 20_000 }).toBeGreaterThan(1);
    await video.evaluate((element: HTMLVideoElement) => element.pause());

    // Signing out and in again.
    await page.getByRole("button", { name: t.common.account.logout }).click();
    await expect(page.getByRole("link", { name: t.common.account.login })).toBeVisible();
    await logIn(page, lng, email, "a-long-password-1");

    expect(foreign).toEqual([]);
  });
}
