// Signed-in pages kept per personal state (decisions 0038, 0039): learners at
// the same point of a course or webinar share one rendered page; each still
// sees only their own standing (and, in the player, only their own position
// and checkpoint choices), and a session that has ended gets no signed-in
// page at all.
import type { Browser, Page } from "@playwright/test";
import http from "node:http";
import { openLoginSession } from "../app/features/auth/login-session.server";
import { hashPassword } from "../app/features/auth/password.server";
import { courseModules, quizKey } from "./course-content";
import { oneConnection, type Reply } from "./one-connection";
import { answerQuiz } from "./flows";
import { db } from "./fixtures";
import { QUIZ_LAYOUTS } from "../app/features/quiz/attempts.server";
import { expect, test } from "./test";
import { LANGUAGES, logIn, strings, uniqueEmail, type Lng } from "./support";
import { webinarFile } from "./webinar-content";

const TOYS = "toy-safety-us";
const MODULE = "lead-and-phthalates";
const WEBINAR = webinarFile("ecommerce-safe-products");
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

/** A learner account of the test's own with a login session, as the cookie its browser would send. */
async function learnerSession(name: string) {
  const user = await db.user.create({ data: { email: uniqueEmail("layout"), name, passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date() } });
  return { userId: user.id, cookie: (await openLoginSession(user.id, "e2e")).split(";")[0]! };
}

const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#x27": "'", "#39": "'" };
const decoded = (text: string) => text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => entities[name]!);

/** A quiz form's choices as the page sends them: the question, the id the choice carries in this form, its text. */
function quizFormChoices(html: string) {
  return [...html.matchAll(/<input[^>]*name="q\.([^"]+)" value="([^"]*)"[^>]*\/><label for="[^"]*">([^<]*)<\/label>/g)].map(([, questionId, formId, text]) => ({ questionId: questionId!, formId: formId!, text: decoded(text!) }));
}

/** The form a learner sends with the choices whose texts `pick` names, from the quiz form they were given. */
function answeredForm(html: string, pick: (questionId: string) => string[]) {
  const form = new URLSearchParams({ attempt: /name="attempt" value="(\d+)"/.exec(html)![1]! });
  for (const choice of quizFormChoices(html)) if (pick(choice.questionId).includes(choice.text)) form.append(`q.${choice.questionId}`, choice.formId);
  return form;
}

async function pageInNewContext(browser: Browser) {
  const context = await browser.newContext();
  return context.newPage();
}

/**
 * Page loads over one connection (one server worker), each with the cookies
 * of the learner's browser.
 */
function learnersOnOneConnection(baseURL: string) {
  const connection = oneConnection(baseURL);
  const open = async (learner: Page, path: string) => {
    const cookie = (await learner.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
    return connection.get(path, { cookie, accept: "text/html" });
  };
  return { open, close: connection.close };
}

/** The Content-Security-Policy nonce a page was sent with: a kept page carries the one of the render that made it (decision 0016). */
function nonceOf(reply: Reply): string {
  expect(reply.status).toBe(200);
  return /'nonce-([^']+)'/.exec(String(reply.headers["content-security-policy"]))![1]!;
}

/**
 * Two learners' replies are one rendering (the same bytes, the same nonce),
 * each sent as a personal page: the browser may not reuse it, and the
 * server's own header and the kept-page headers never reach it.
 */
function expectOneRendering(rendered: Reply, kept: Reply) {
  expect(kept.body).toBe(rendered.body);
  expect(nonceOf(kept)).toBe(nonceOf(rendered));
  for (const reply of [rendered, kept]) {
    expect(reply.headers["cache-control"]).toBe("private, no-cache");
    for (const name of ["x-kept-for-personal-state", "x-cache", "age"]) expect(reply.headers[name]).toBeUndefined();
  }
}

for (const lng of LANGUAGES) {
  const t = strings(lng);
  // The toy course's pass mark is 75 %.
  const notTaken = t.courses.module.quizNotTaken.replace("{{count}}", String(quizKey(TOYS, MODULE).length)).replace("{{mark}}", "75");
  const passed = t.courses.module.quizPassed.replace("{{score}}", "100");

  test(`${lng}: learners at the same point share one kept module page, and each sees only their own standing`, async ({ page, browser, baseURL }) => {
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

    const connection = learnersOnOneConnection(baseURL!);
    try {
      // The two others have not taken it: the page rendered for one goes to the other, byte for byte.
      const rendered = await connection.open(page, modulePath);
      const kept = await connection.open(secondPage, modulePath);
      expectOneRendering(rendered, kept);
      expect(kept.body).toContain(notTaken);
      expect(kept.body).toContain(`>${t.common.account.logout}<`);
      // Nothing on it names either learner.
      for (const name of [first.name, second.name]) expect(kept.body).not.toContain(name);

      // The learner ahead, on the same worker, gets a rendering of their own: their standing, never the others' page.
      const ahead = await connection.open(aheadPage, modulePath);
      expect(nonceOf(ahead)).not.toBe(nonceOf(rendered));
      expect(ahead.body).toContain(passed);
      expect(ahead.body).not.toContain(notTaken);
      // And their page does not reach the others.
      const afterwards = await connection.open(page, modulePath);
      expect(nonceOf(afterwards)).toBe(nonceOf(rendered));

      // The course page likewise: the module done for the learner ahead, to do for the others.
      const coursePath = fresh(`/${lng}/courses/${TOYS}`);
      const renderedCourse = await connection.open(page, coursePath);
      expect((await connection.open(secondPage, coursePath)).body).toBe(renderedCourse.body);
      expect(nonceOf(await connection.open(aheadPage, coursePath))).not.toBe(nonceOf(renderedCourse));
    } finally {
      connection.close();
    }

    // As the learners see them in their browsers (whichever worker answers).
    await aheadPage.goto(modulePath);
    await expect(aheadPage.locator(".quiz-callout")).toContainText(passed);
    await expect(aheadPage.getByRole("link", { name: t.courses.module.retakeQuiz })).toBeVisible();
    await secondPage.goto(modulePath);
    await expect(secondPage.locator(".quiz-callout")).toContainText(notTaken);
    await expect(secondPage.getByRole("link", { name: t.courses.module.takeQuiz })).toBeVisible();
    const title = courseModules(TOYS).find((module) => module.slug === MODULE)!.title[lng];
    const moduleRow = (on: Page) => on.locator(".module-list__item").filter({ hasText: title });
    for (const learner of [page, secondPage, aheadPage]) await learner.goto(`/${lng}/courses/${TOYS}`);
    await expect(moduleRow(aheadPage)).toContainText(t.courses.course.done);
    await expect(moduleRow(secondPage)).toContainText(t.courses.course.todo);
    await expect(moduleRow(page)).toContainText(t.courses.course.todo);
    await secondPage.context().close();
    await aheadPage.context().close();
  });

  test(`${lng}: learners at the same point share one kept webinar page; where each is and their checkpoint choices come to them alone`, async ({ page, browser, baseURL }) => {
    const first = await signedInLearner(page, lng, `看网课的学员 ${lng}`);
    const secondPage = await pageInNewContext(browser);
    const second = await signedInLearner(secondPage, lng, `跳到后面的学员 ${lng}`);
    const aheadPage = await pageInNewContext(browser);
    const ahead = await signedInLearner(aheadPage, lng, `看了一半的学员 ${lng}`);
    const webinar = await db.webinar.findUniqueOrThrow({ where: { slug: WEBINAR.slug } });
    const progressOf = async (email: string, watchedSeconds: number, position: number) => {
      const { id: userId } = await db.user.findUniqueOrThrow({ where: { email } });
      await db.webinarProgress.create({ data: { userId, webinarId: webinar.id, watchedSeconds, position, intervals: JSON.stringify(watchedSeconds ? [[0, watchedSeconds]] : []) } });
    };
    // The second learner has skipped ahead without watching; the third has watched half.
    await progressOf(second.email, 0, 40);
    await progressOf(ahead.email, WEBINAR.durationSeconds / 2, 60);
    const playerPath = fresh(`/${lng}/webinars/${WEBINAR.slug}`);
    const watchedShare = (percent: number) => t.webinars.player.progress.replace("{{percent}}", String(percent)).replace("{{required}}", String(Math.round(WEBINAR.requiredShare * 100)));

    const connection = learnersOnOneConnection(baseURL!);
    try {
      const rendered = await connection.open(page, playerPath);
      const kept = await connection.open(secondPage, playerPath);
      expectOneRendering(rendered, kept);
      expect(kept.body).toContain(watchedShare(0));
      // No name, and no checkpoint question: those come apart, with choices encoded per learner.
      for (const name of [first.name, second.name]) expect(kept.body).not.toContain(name);
      for (const { question } of WEBINAR.checkpoints) expect(kept.body).not.toContain(question.prompt[lng]);

      const halfway = await connection.open(aheadPage, playerPath);
      expect(nonceOf(halfway)).not.toBe(nonceOf(rendered));
      expect(halfway.body).toContain(watchedShare(50));
      expect(nonceOf(await connection.open(page, playerPath))).toBe(nonceOf(rendered));
    } finally {
      connection.close();
    }

    // Each learner's own position and checkpoints, never anyone else's; no answer key.
    const watchStateUrl = `/${lng}/webinars/${WEBINAR.slug}/progress`;
    type WatchState = { position: number; answered: string[]; checkpoints: { at: number; question: { id: string; prompt: string; choices: { id: string }[] } }[] };
    const watchStateOf = async (learner: Page) => {
      const response = await learner.request.get(watchStateUrl);
      expect(response.status()).toBe(200);
      expect(response.headers()["cache-control"]).toBe("private, no-store");
      const state = (await response.json()) as WatchState;
      // Exactly these fields: no answer key, no explanation.
      expect(Object.keys(state).sort()).toEqual(["answered", "checkpoints", "position"]);
      for (const checkpoint of state.checkpoints) {
        expect(Object.keys(checkpoint).sort()).toEqual(["at", "question"]);
        expect(Object.keys(checkpoint.question).sort()).toEqual(["choices", "id", "prompt", "type"]);
        for (const choice of checkpoint.question.choices) expect(Object.keys(choice).sort()).toEqual(["id", "text"]);
      }
      return state;
    };
    const [mine, theirs] = [await watchStateOf(page), await watchStateOf(secondPage)];
    expect(mine.position).toBe(0);
    expect(theirs.position).toBe(40);
    expect(mine.checkpoints.map(({ at, question }) => [at, question.id, question.prompt])).toEqual(WEBINAR.checkpoints.map(({ at, question }) => [at, question.id, question.prompt[lng]]));
    expect(theirs.checkpoints.map(({ question }) => question.id)).toEqual(mine.checkpoints.map(({ question }) => question.id));
    const choiceIds = (state: WatchState) => state.checkpoints.flatMap(({ question }) => question.choices.map((choice) => choice.id));
    for (const id of choiceIds(theirs)) expect(choiceIds(mine)).not.toContain(id);

    // Bad asks: nobody signed in is sent to log in; an unknown webinar is not found.
    const anonymous = await fetch(new URL(watchStateUrl, baseURL), { redirect: "manual" });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toContain(`/${lng}/login`);
    expect((await page.request.get(`/${lng}/webinars/no-such-webinar/progress`)).status()).toBe(404);

    // In their browsers: the player resumes where the second learner stopped, even when its first
    // ask for the watch state is cut off (it asks again); the page shows each their share.
    let cutOff = 0;
    await secondPage.route(`**${watchStateUrl}`, async (route) => {
      if (route.request().method() === "GET" && cutOff++ === 0) await route.abort("connectionreset");
      else await route.continue();
    });
    await secondPage.goto(playerPath);
    await expect.poll(() => secondPage.locator("video").evaluate((video: HTMLVideoElement) => video.currentTime), { timeout: 30_000 }).toBeGreaterThan(35);
    expect(cutOff).toBeGreaterThan(1);
    await expect(secondPage.getByTestId("watch-progress")).toHaveText(watchedShare(0));
    await aheadPage.goto(playerPath);
    await expect(aheadPage.getByTestId("watch-progress")).toHaveText(watchedShare(50));
    await secondPage.context().close();
    await aheadPage.context().close();
  });

  test(`${lng}: learners given the same quiz layout share one kept form and, answering alike, one result; a form of another layout is refused`, async ({ page, baseURL }) => {
    // One more learner than there are layouts: at least two are given the same one.
    const learners = await Promise.all(Array.from({ length: QUIZ_LAYOUTS + 1 }, (_, index) => learnerSession(`测验学员 ${lng} ${index}`)));
    const quizPath = `/${lng}/courses/${TOYS}/${MODULE}/quiz`;
    const formPath = fresh(quizPath);
    const key = quizKey(TOYS, MODULE);
    const wrong = (questionId: string) => [key.find((question) => question.id === questionId)!.choices.find((choice) => !choice.correct)!.text[lng]];
    const right = (questionId: string) => key.find((question) => question.id === questionId)!.choices.filter((choice) => choice.correct).map((choice) => choice.text[lng]);
    const wrongOtherwise = (questionId: string) => [key.find((question) => question.id === questionId)!.choices.findLast((choice) => !choice.correct)!.text[lng]];
    const submit = (learner: { cookie: string }, form: URLSearchParams) =>
      fetch(new URL(quizPath, baseURL), { method: "POST", body: form, redirect: "manual", headers: { cookie: learner.cookie, origin: new URL(baseURL!).origin, accept: "text/html" } });

    // The learner handed a form rendered for another, seen in a browser at the end.
    let handedOn: { cookie: string } | undefined;
    const connection = oneConnection(baseURL!);
    try {
      const forms = [];
      for (const learner of learners) forms.push(await connection.get(formPath, { cookie: learner.cookie, accept: "text/html" }));
      const byLayout = new Map<string, number[]>();
      forms.forEach((form, index) => {
        const choices = quizFormChoices(form.body);
        expect(choices.length).toBeGreaterThan(key.length);
        const layout = choices.map((choice) => choice.formId).join(" ");
        byLayout.set(layout, [...(byLayout.get(layout) ?? []), index]);
      });
      // Learners given the same layout got one rendering; learners given others, renderings of their own.
      expect(byLayout.size).toBeGreaterThan(1);
      const shared = [...byLayout.values()].find((indexes) => indexes.length > 1)!;
      const [a, b] = [shared[0]!, shared[1]!];
      // Asked again back to back (up to 16 others' renders came between them), within the few seconds a page is kept.
      forms[a] = await connection.get(formPath, { cookie: learners[a]!.cookie, accept: "text/html" });
      forms[b] = await connection.get(formPath, { cookie: learners[b]!.cookie, accept: "text/html" });
      expectOneRendering(forms[a]!, forms[b]!);
      handedOn = learners[b];
      const [c, d] = [...byLayout.values()].filter((indexes) => !indexes.includes(a)).flat() as [number, number];
      expect(nonceOf(forms[c]!)).not.toBe(nonceOf(forms[a]!));
      for (const form of forms) expect(form.body).not.toContain("测验学员");

      // A form of another layout is refused, localized, and nothing is recorded.
      const foreign = await submit(learners[c]!, answeredForm(forms[a]!.body, right));
      expect(foreign.status).toBe(400);
      expect(decoded(await foreign.text())).toContain(t.courses.quiz.invalid);
      expect(await db.quizAttempt.count({ where: { userId: learners[c]!.userId } })).toBe(0);

      // The form kept for one is the other's to send: both answer alike (wrong), a third right, a fourth wrong otherwise.
      for (const [learner, form, pick] of [[a, a, wrong], [b, b, wrong], [c, c, right], [d, d, wrongOtherwise]] as const) {
        const sent = await submit(learners[learner]!, answeredForm(forms[form]!.body, pick));
        expect(sent.status).toBe(302);
        expect(sent.headers.get("location")).toBe(`${quizPath}?attempt=1`);
      }
      const resultPath = fresh(`${quizPath}?attempt=1`).replace("?probe=", "&probe=");
      const results: Reply[] = [];
      for (const learner of [a, b, c, d]) results.push(await connection.get(resultPath, { cookie: learners[learner]!.cookie, accept: "text/html" }));
      const [resultA, resultB, resultC, resultD] = results as [Reply, Reply, Reply, Reply];
      expectOneRendering(resultA, resultB);
      const failed = t.courses.quiz.result.failed.replace("{{score}}", "0").replace("{{mark}}", "75");
      expect(resultA.body).toContain(failed);
      expect(nonceOf(resultC)).not.toBe(nonceOf(resultA));
      expect(resultC.body).toContain(t.courses.quiz.result.passed.replace("{{score}}", "100"));
      // The same verdict and score with other answers: a rendering of its own, showing them.
      expect(nonceOf(resultD)).not.toBe(nonceOf(resultA));
      expect(resultD.body).toContain(failed);
      const withoutNonce = (reply: Reply) => reply.body.replaceAll(nonceOf(reply), "");
      expect(withoutNonce(resultD)).not.toBe(withoutNonce(resultA));

      // A number nobody's attempt can have asks for no attempt: the form, not an error.
      for (const odd of ["1e20", "2147483648", "-1", "0x1"]) {
        const reply = await connection.get(`${quizPath}?attempt=${odd}`, { cookie: learners[a]!.cookie, accept: "text/html" });
        expect(reply.status).toBe(200);
        expect(reply.body).toContain(t.courses.quiz.attempt.replace("{{number}}", "2"));
      }

      // An attempt the learner has not made is not found.
      expect((await connection.get(`${quizPath}?attempt=2`, { cookie: learners[a]!.cookie, accept: "text/html" })).status).toBe(404);
    } finally {
      connection.close();
    }

    // Nobody signed in is sent to log in.
    const anonymous = await fetch(new URL(quizPath, baseURL), { redirect: "manual", headers: { accept: "text/html" } });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("location")).toContain(`/${lng}/login`);

    // In the browser of the learner given the kept form: their own result, and a new attempt's form.
    const [name, value] = handedOn!.cookie.split("=") as [string, string];
    await page.context().addCookies([{ name, value, url: baseURL! }]);
    await page.goto(`${quizPath}?attempt=1`);
    await expect(page.getByTestId("quiz-verdict")).toHaveText(t.courses.quiz.result.failed.replace("{{score}}", "0").replace("{{mark}}", "75"));
    await page.getByRole("link", { name: t.courses.quiz.result.tryAgain }).click();
    await expect(page.getByText(t.courses.quiz.attempt.replace("{{number}}", "2"))).toBeVisible();
  });

  test(`${lng}: a session that has ended gets the page as for anyone; an unreadable URL or an unknown module is refused`, async ({ page, baseURL }) => {
    await signedInLearner(page, lng, `离开的学员 ${lng}`);
    const modulePath = fresh(`/${lng}/courses/${TOYS}/${MODULE}`);
    // Kept for this learner's state on whichever worker answered.
    const signedInNonces = new Set<string>();
    for (let visit = 0; visit < 4; visit++) {
      const response = await page.goto(modulePath);
      signedInNonces.add(/'nonce-([^']+)'/.exec(response?.headers()["content-security-policy"] ?? "")![1]!);
    }
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
