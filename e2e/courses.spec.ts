import { expect, test } from "./test";
import { courseModules, courseSlugs, courseTitle, quizKey } from "./course-content";
import { answerQuiz, choiceInput } from "./flows";
import { LANGUAGES, signUp, strings, uniqueEmail, type Lng } from "./support";

const TOYS = "toy-safety-us";
const CERTIFICATES = "certificates-testing-efiling";
const COURSES = courseSlugs().length;

for (const lng of LANGUAGES) {
  const t = strings(lng);
  const other: Lng = lng === "zh" ? "en" : "zh";

  test(`${lng}: browse and filter the catalog`, async ({ page }) => {
    await page.goto(`/${lng}/courses`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.courses.catalog.title);
    await expect(page.getByTestId("course-card")).toHaveCount(COURSES);
    await expect(page.getByRole("link", { name: courseTitle(TOYS)[lng] })).toBeVisible();
    const toyCard = page.getByTestId("course-card").filter({ hasText: courseTitle(TOYS)[lng] });
    await expect(toyCard).toContainText(t.courses.moduleCount.replace("{{count}}", String(courseModules(TOYS).length)));

    await page.getByLabel(t.courses.catalog.category).selectOption("electrical");
    await page.getByRole("button", { name: t.courses.catalog.apply }).click();
    await expect(page).toHaveURL(/category=electrical/);
    await expect(page.getByTestId("course-card")).toHaveCount(1);
    await expect(page.getByTestId("course-card")).toContainText(t.courses.categories.electrical);

    await page.getByLabel(t.courses.catalog.category).selectOption("general");
    await page.getByRole("button", { name: t.courses.catalog.apply }).click();
    await expect(page).toHaveURL(/category=general/);
    await expect(page.getByTestId("course-card")).toHaveCount(1);
    await expect(page.getByTestId("course-card")).toContainText(courseTitle(CERTIFICATES)[lng]);

    await page.getByRole("link", { name: t.courses.catalog.clear }).click();
    await expect(page.getByTestId("course-card")).toHaveCount(COURSES);
  });

  test(`${lng}: an unknown filter value is ignored and an unknown course is a 404`, async ({ page }) => {
    await page.goto(`/${lng}/courses?category=weapons&audience=%3Cscript%3E`);
    await expect(page.getByTestId("course-card")).toHaveCount(COURSES);
    const response = await page.goto(`/${lng}/courses/no-such-course`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.errors.notFound.title);
  });

  test(`${lng}: read a module and switch to the parallel text`, async ({ page }) => {
    const [first, second] = courseModules(TOYS);
    await page.goto(`/${lng}/courses/${TOYS}`);
    await page.getByRole("link", { name: first!.title[lng] }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(first!.title[lng]);
    await expect(page.getByTestId("module-body")).toContainText("ASTM F963");
    await expect(page.getByTestId("module-body").locator("h2").first()).toBeVisible();

    await page.getByTestId("parallel-toggle").click();
    await expect(page).toHaveURL(/view=parallel/);
    const parallel = page.getByTestId("parallel-text");
    await expect(parallel.getByRole("heading", { name: first!.title.zh })).toBeVisible();
    await expect(parallel.getByRole("heading", { name: first!.title.en })).toBeVisible();
    const zhCells = parallel.locator('[lang="zh-CN"].prose');
    const enCells = parallel.locator('[lang="en"].prose');
    expect(await zhCells.count()).toBeGreaterThan(5);
    // Every row pairs a Chinese block with an English one: none is left empty.
    for (const text of [...(await zhCells.allInnerTexts()), ...(await enCells.allInnerTexts())]) expect(text.trim()).not.toBe("");
    await expect(zhCells.first()).toContainText(/[\u4e00-\u9fff]/);

    await page.getByTestId("parallel-toggle").click();
    await expect(page.getByTestId("module-body")).toBeVisible();
    await page.getByRole("link", { name: t.courses.module.next.replace("{{module}}", second!.title[lng]) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(second!.title[lng]);
  });

  test(`${lng}: every module of the certificates course reads block for block in the parallel view`, async ({ page }) => {
    for (const module of courseModules(CERTIFICATES)) {
      await page.goto(`/${lng}/courses/${CERTIFICATES}/${module.slug}?view=parallel`);
      const parallel = page.getByTestId("parallel-text");
      await expect(parallel.getByRole("heading", { name: module.title.zh })).toBeVisible();
      await expect(parallel.getByRole("heading", { name: module.title.en })).toBeVisible();
      // Each row pairs a Chinese block with an English block of the same kind (heading, list or paragraph), none empty.
      const rows = await parallel.locator(".parallel__row:not(.parallel__row--head)").evaluateAll((elements) =>
        elements.map((row) => [...row.querySelectorAll(":scope > .prose")].map((cell) => ({ tag: cell.firstElementChild?.tagName ?? "", text: cell.textContent?.trim() ?? "" }))),
      );
      expect(rows.length, module.slug).toBeGreaterThan(5);
      for (const [zh, en] of rows) {
        expect(zh!.tag, module.slug).toBe(en!.tag);
        expect(zh!.text).not.toBe("");
        expect(en!.text).not.toBe("");
      }
    }
  });

  test(`${lng}: fail a quiz, pass it, finish the course and see it under My learning`, async ({ page }) => {
    await signUp(page, lng, { email: uniqueEmail(`course-${lng}`), name: lng === "zh" ? "陈芳" : "Sam Lee" });
    const modules = courseModules(TOYS);

    await page.goto(`/${lng}/courses/${TOYS}`);
    await page.getByTestId("continue").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(modules[0]!.title[lng]);
    await page.getByRole("link", { name: t.courses.module.takeQuiz }).click();

    await answerQuiz(page, lng, TOYS, modules[0]!.slug, "wrong");
    await page.getByRole("button", { name: t.courses.quiz.submit }).click();
    await expect(page.getByTestId("quiz-verdict")).toHaveText(t.courses.quiz.result.failed.replace("{{score}}", "0").replace("{{mark}}", "75"));
    const firstQuestion = quizKey(TOYS, modules[0]!.slug)[0]!;
    await expect(page.getByTestId(`review-${firstQuestion.id}`)).toContainText(firstQuestion.explanation[lng]);
    await expect(page.getByTestId(`review-${firstQuestion.id}`)).toContainText(t.courses.quiz.result.wrong);

    await page.getByRole("link", { name: t.courses.quiz.result.tryAgain }).click();
    await expect(page.getByText(t.courses.quiz.attempt.replace("{{number}}", "2"))).toBeVisible();
    await answerQuiz(page, lng, TOYS, modules[0]!.slug, "right");
    await page.getByRole("button", { name: t.courses.quiz.submit }).click();
    await expect(page.getByTestId("quiz-verdict")).toHaveText(t.courses.quiz.result.passed.replace("{{score}}", "100"));

    // "Continue where you left off" now leads to the next module.
    await page.goto(`/${lng}/courses/${TOYS}`);
    await expect(page.getByTestId("continue")).toHaveText(t.courses.course.continue.replace("{{module}}", modules[1]!.title[lng]));

    await page.goto(`/${lng}/learning`);
    await expect(page.getByTestId("in-progress")).toContainText(courseTitle(TOYS)[lng]);

    for (const module of modules.slice(1)) {
      await page.goto(`/${lng}/courses/${TOYS}/${module.slug}/quiz`);
      await answerQuiz(page, lng, TOYS, module.slug, "right");
      await page.getByRole("button", { name: t.courses.quiz.submit }).click();
      await expect(page.getByTestId("quiz-verdict")).toHaveText(t.courses.quiz.result.passed.replace("{{score}}", "100"));
    }
    await expect(page.getByTestId("course-completed-banner")).toContainText(courseTitle(TOYS)[lng]);

    await page.getByRole("link", { name: t.common.nav.learning }).click();
    await expect(page.getByTestId("completed")).toContainText(courseTitle(TOYS)[lng]);
    await expect(page.getByText(t.courses.learning.noneInProgress)).toBeVisible();
    await page.goto(`/${lng}/courses`);
    await expect(page.getByTestId("course-card").filter({ hasText: courseTitle(TOYS)[lng] })).toContainText(t.courses.catalog.completed);

    // The other language shows the same progress.
    await page.goto(`/${other}/learning`);
    await expect(page.getByTestId("completed")).toContainText(courseTitle(TOYS)[other]);
  });

  test(`${lng}: quiz bad input is refused with a localized message and nothing is recorded`, async ({ page }) => {
    await signUp(page, lng, { email: uniqueEmail(`quizbad-${lng}`), name: lng === "zh" ? "刘洋" : "Kim Park" });
    const [module] = courseModules(TOYS);
    const key = quizKey(TOYS, module!.slug);
    const quizUrl = `/${lng}/courses/${TOYS}/${module!.slug}/quiz`;

    // No answer at all.
    await page.goto(quizUrl);
    await page.getByRole("button", { name: t.courses.quiz.submit }).click();
    await expect(page.getByRole("alert").first()).toHaveText(t.courses.quiz.unanswered.replace("{{count}}", String(key.length)));
    await expect(page.getByText(t.courses.quiz.answerThis)).toHaveCount(key.length);

    // One answer given, the rest missing: the given answer is kept.
    const first = key[0]!;
    await choiceInput(page, first.id, first.choices[0]!.text[lng]).check();
    await page.getByRole("button", { name: t.courses.quiz.submit }).click();
    await expect(page.getByText(t.courses.quiz.answerThis)).toHaveCount(key.length - 1);
    await expect(choiceInput(page, first.id, first.choices[0]!.text[lng])).toBeChecked();

    // A forged choice id.
    const forged = await page.request.post(quizUrl, {
      form: { attempt: "1", ...Object.fromEntries(key.map((q) => [`q.${q.id}`, "zzz"])) },
    });
    expect(forged.status()).toBe(400);

    // A module of another course.
    const otherCourse = await page.request.get(`/${lng}/courses/childrens-apparel-us/${module!.slug}/quiz`);
    expect(otherCourse.status()).toBe(404);

    // A replayed form: the first submission counts, the replay does not.
    await page.goto(quizUrl);
    await answerQuiz(page, lng, TOYS, module!.slug, "right");
    const body = await page.locator("form.quiz").evaluate((form) => new URLSearchParams(new FormData(form as HTMLFormElement) as unknown as string).toString());
    const headers = { "Content-Type": "application/x-www-form-urlencoded" };
    const firstPost = await page.request.post(quizUrl, { data: body.toString(), headers, maxRedirects: 0 });
    expect(firstPost.status()).toBe(302);
    const replay = await page.request.post(quizUrl, { data: body.toString(), headers, maxRedirects: 0 });
    expect(replay.status()).toBe(409);
    await page.goto(quizUrl);
    await expect(page.getByText(t.courses.quiz.attempt.replace("{{number}}", "2"))).toBeVisible();
  });
}

test("the quiz page holds no answer key before submission", async ({ page }) => {
  await signUp(page, "en", { email: uniqueEmail("nokey"), name: "No Key" });
  const [module] = courseModules(TOYS);
  const response = await page.request.get(`/en/courses/${TOYS}/${module!.slug}/quiz`);
  const html = await response.text();
  expect(html).toContain(quizKey(TOYS, module!.slug)[0]!.choices[0]!.text.en);
  expect(html).not.toMatch(/"correct"|correct:/);
  for (const question of quizKey(TOYS, module!.slug)) {
    expect(html).not.toContain(question.explanation.en);
    expect(html).not.toContain(question.explanation.zh);
  }
});

test("an anonymous visitor can read modules but is asked to log in for quizzes and My learning", async ({ page }) => {
  const [module] = courseModules(TOYS);
  await page.goto(`/en/courses/${TOYS}/${module!.slug}`);
  await expect(page.getByText(strings("en").courses.course.signInToTrack)).toBeVisible();
  await page.goto(`/en/courses/${TOYS}/${module!.slug}/quiz`);
  await expect(page).toHaveURL(/\/en\/login\?redirectTo=/);
  await page.goto("/zh/learning");
  await expect(page).toHaveURL(/\/zh\/login\?redirectTo=%2Fzh%2Flearning/);
});
