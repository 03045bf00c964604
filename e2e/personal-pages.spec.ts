// Signed-in pages kept per personal state (decision 0038): learners at the
// same point of a course share one rendered course or module page; each still
// sees only their own standing, and a session that has ended gets no
// signed-in page at all.
import type { Browser, Page, Response } from "@playwright/test";
import http from "node:http";
import { hashPassword } from "../app/features/auth/password.server";
import { courseModules, quizKey } from "./course-content";
import { answerQuiz } from "./flows";
import { db } from "./fixtures";
import { expect, test } from "./test";
import { LANGUAGES, logIn, strings, uniqueEmail, type Lng } from "./support";

const TOYS = "toy-safety-us";
const MODULE = "lead-and-phthalates";
const PASSWORD = "a-long-password-1";

/** A URL no other test has asked for, so nothing is kept for it yet (the module page ignores the extra parameter). */
const fresh = (path: string) => `${path}?probe=${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;

/** A learner account of the test's own, signed in on `page`. */
async function signedInLearner(page: Page, lng: Lng, name: string) {
  const email = uniqueEmail("kept");
  await db.user.create({ data: { email, name, passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date(), preferredLanguage: lng } });
  await logIn(page, lng, email, PASSWORD);
  return { email, name };
}

async function pageInNewContext(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

/**
 * The Content-Security-Policy nonce a page was sent with. A kept page goes out
 * with the policy, and so the nonce, of the render that made it (decision
 * 0016): two learners shown the same nonce were shown one rendering. (Kept
 * signed-in pages do not say they were kept, decision 0038.)
 */
function nonceOf(response: Response | null): string {
  expect(response?.status()).toBe(200);
  return /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"] ?? "")![1]!;
}

/**
 * Both learners open `path` in turn until the second is shown a rendering the
 * first was shown (each server worker keeps its own pages, so this may take a
 * few visits), or gives up. Returns the nonces the first learner was shown.
 */
async function openUntilShared(first: Page, second: Page, path: string): Promise<Set<string>> {
  const seenByFirst = new Set<string>();
  for (let visit = 0; visit < 8; visit++) {
    seenByFirst.add(nonceOf(await first.goto(path)));
    if (seenByFirst.has(nonceOf(await second.goto(path)))) return seenByFirst;
  }
  throw new Error(`${path} was never shown to both learners from one rendering`);
}

for (const lng of LANGUAGES) {
  const t = strings(lng);
  // The toy course's pass mark is 75 %.
  const notTaken = t.courses.module.quizNotTaken.replace("{{count}}", String(quizKey(TOYS, MODULE).length)).replace("{{mark}}", "75");
  const passed = t.courses.module.quizPassed.replace("{{score}}", "100");

  test(`${lng}: learners at the same point share one kept module page, and each sees only their own standing`, async ({ page, browser }) => {
    const first = await signedInLearner(page, lng, `第一位学员 ${lng}`);
    const secondPage = await pageInNewContext(browser);
    const second = await signedInLearner(secondPage, lng, `第二位学员 ${lng}`);
    const aheadPage = await pageInNewContext(browser);
    await signedInLearner(aheadPage, lng, `领先学员 ${lng}`);
    const modulePath = fresh(`/${lng}/courses/${TOYS}/${MODULE}`);

    // One learner is ahead: the module's quiz passed.
    await aheadPage.goto(`/${lng}/courses/${TOYS}/${MODULE}/quiz`);
    await answerQuiz(aheadPage, lng, TOYS, MODULE, "right");
    await aheadPage.getByRole("button", { name: t.courses.quiz.submit }).click();
    await expect(aheadPage.getByTestId("quiz-verdict")).toHaveText(t.courses.quiz.result.passed.replace("{{score}}", "100"));

    // The two others have not taken it: the page rendered for one goes to the other.
    const sharedNonces = await openUntilShared(page, secondPage, modulePath);
    await expect(page.locator(".quiz-callout")).toContainText(notTaken);
    await expect(secondPage.locator(".quiz-callout")).toContainText(notTaken);
    const kept = await secondPage.goto(modulePath);
    expect(kept?.headers()["cache-control"]).toBe("private, no-cache");
    for (const name of ["x-kept-for-personal-state", "x-cache", "age"]) expect(kept?.headers()[name]).toBeUndefined();
    await expect(secondPage.getByRole("link", { name: t.courses.module.takeQuiz })).toBeVisible();
    await expect(secondPage.getByRole("button", { name: t.common.account.logout })).toBeVisible();
    // Nothing on it names either learner.
    for (const name of [first.name, second.name]) expect(await secondPage.content()).not.toContain(name);

    // The learner ahead never gets their page: their own standing, never the others' rendering.
    const aheadNonces = new Set<string>();
    for (let visit = 0; visit < 4; visit++) {
      aheadNonces.add(nonceOf(await aheadPage.goto(modulePath)));
      await expect(aheadPage.locator(".quiz-callout")).toContainText(passed);
      await expect(aheadPage.locator(".quiz-callout")).not.toContainText(notTaken);
      await expect(aheadPage.getByRole("link", { name: t.courses.module.retakeQuiz })).toBeVisible();
    }
    // And their page does not reach the others.
    for (const nonce of aheadNonces) expect(sharedNonces.has(nonce)).toBe(false);
    expect(aheadNonces.has(nonceOf(await page.goto(modulePath)))).toBe(false);
    await expect(page.locator(".quiz-callout")).toContainText(notTaken);

    // The course page likewise: the module done for the learner ahead, to do for the others.
    const coursePath = fresh(`/${lng}/courses/${TOYS}`);
    const title = courseModules(TOYS).find((module) => module.slug === MODULE)!.title[lng];
    const moduleRow = (on: Page) => on.locator(".module-list__item").filter({ hasText: title });
    await openUntilShared(page, secondPage, coursePath);
    await aheadPage.goto(coursePath);
    await expect(moduleRow(aheadPage)).toContainText(t.courses.course.done);
    await expect(moduleRow(secondPage)).toContainText(t.courses.course.todo);
    await expect(moduleRow(page)).toContainText(t.courses.course.todo);
    await secondPage.context().close();
    await aheadPage.context().close();
  });

  test(`${lng}: a session that has ended gets the page as for anyone; an unreadable URL or an unknown module is refused`, async ({ page, baseURL }) => {
    await signedInLearner(page, lng, `离开的学员 ${lng}`);
    const modulePath = fresh(`/${lng}/courses/${TOYS}/${MODULE}`);
    // Kept for this learner's state on whichever worker answered.
    const signedInNonces = new Set<string>();
    for (let visit = 0; visit < 4; visit++) signedInNonces.add(nonceOf(await page.goto(modulePath)));
    const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");

    await page.getByRole("button", { name: t.common.account.logout }).click();
    await expect(page.getByRole("link", { name: t.common.account.login })).toBeVisible();
    // The old cookie, sent again: no kept signed-in page, the cookie is cleared.
    const afterwards = await fetch(new URL(modulePath, baseURL), { headers: { cookie, accept: "text/html" } });
    const html = await afterwards.text();
    expect(afterwards.status).toBe(200);
    expect(signedInNonces.has(/'nonce-([^']+)'/.exec(afterwards.headers.get("content-security-policy") ?? "")![1]!)).toBe(false);
    expect(html).toContain(`>${t.common.account.login}<`);
    expect(html).not.toContain(`>${t.common.account.logout}<`);
    expect(afterwards.headers.get("set-cookie")).toMatch(/__session=;/);

    // A URL nobody can read, with a login cookie: refused, and the server goes on.
    for (const path of ["//%", "/\\[", `//x/${lng}/courses/${TOYS}/${MODULE}`]) {
      const status = await new Promise<number>((resolve, reject) =>
        http.get(new URL(baseURL!), { path, headers: { cookie, accept: "text/html" } }, (response) => resolve(response.resume().statusCode ?? 0)).on("error", reject),
      );
      expect([400, 404]).toContain(status);
    }

    await signedInLearner(page, lng, `回来的学员 ${lng}`);
    const missing = await page.goto(`/${lng}/courses/${TOYS}/no-such-module`);
    expect(missing?.status()).toBe(404);
    await expect(page.getByText(t.errors.routes.moduleNotFound)).toBeVisible();
    await expect(page.getByRole("button", { name: t.common.account.logout })).toBeVisible();
  });
}
