import { expect, test, type Page } from "./test";
import { db } from "./fixtures";
import { LANGUAGES, signUp, strings, uniqueEmail } from "./support";
import { webinarFile } from "./webinar-content";

const SLUG = "ecommerce-safe-products";
const content = webinarFile(SLUG);

async function video(page: Page, script: string) {
  return page.locator("video").evaluate((element, code) => new Function("v", code)(element), script);
}

function percentIn(text: string | null): number {
  return Number((text ?? "").match(/(\d+)%/)?.[1] ?? -1);
}

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: the list and the player, with captions in the page's language`, async ({ page }) => {
    await page.goto(`/${lng}/webinars`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.webinars.list.title);
    // The two shipped webinars (other specs publish uploaded ones into the same catalog).
    for (const slug of ["ecommerce-safe-products", "buyers-toy-checklist"]) {
      await expect(page.getByTestId("webinar-card").filter({ hasText: webinarFile(slug).title[lng] })).toHaveCount(1);
    }
    await page.getByRole("link", { name: content.title[lng] }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(content.title[lng]);
    await expect(page.locator("video")).toHaveCount(1);
    await expect(page.getByText(t.webinars.player.signInToTrack)).toBeVisible();
    await video(page, "v.muted = true; return v.play();");
    const captions = page.locator(".vjs-text-track-display");
    await expect(captions).toContainText(lng === "zh" ? /[\u4e00-\u9fff]/ : /Welcome/);
    if (lng === "en") await expect(captions).not.toContainText(/[\u4e00-\u9fff]/);

    // Switch captions to the other language from the captions menu.
    const other = lng === "zh" ? t.webinars.player.captionsEn : t.webinars.player.captionsZh;
    const menu = page.locator(".vjs-control-bar .vjs-subs-caps-button");
    await menu.locator("button").click();
    await menu.locator(".vjs-menu-item", { hasText: other }).click();
    await expect(captions).toContainText(lng === "zh" ? /[A-Za-z]{4,}/ : /[\u4e00-\u9fff]/);
  });

  test(`${lng}: watching counts distinct seconds; seeking to the end does not unlock the quiz`, async ({ page }) => {
    await signUp(page, lng, { email: uniqueEmail(`watch-${lng}`), name: lng === "zh" ? "周婷" : "Tina Zhou" });
    await page.goto(`/${lng}/webinars/${SLUG}`);
    await expect(page.getByTestId("watch-progress")).toContainText("0%");
    await video(page, "v.muted = true; v.playbackRate = 2; return v.play();");
    await page.waitForTimeout(8_000);
    await video(page, "v.pause();");
    await expect.poll(async () => percentIn(await page.getByTestId("watch-progress").textContent())).toBeGreaterThanOrEqual(5);
    const watched = percentIn(await page.getByTestId("watch-progress").textContent());

    await video(page, `v.currentTime = ${content.durationSeconds - 2}; return v.play();`);
    await page.waitForTimeout(2_500);
    await video(page, "v.pause();");
    await page.waitForTimeout(1_000);
    const after = percentIn(await page.getByTestId("watch-progress").textContent());
    expect(after).toBeLessThanOrEqual(watched + 3);
    await expect(page.getByText(t.webinars.player.quizLocked.replace("{{required}}", "90"))).toBeVisible();

    const quiz = await page.request.get(`/${lng}/webinars/${SLUG}/quiz`);
    expect(await quiz.text()).toContain(t.webinars.quiz.locked.split("{{")[0]!);
    const forced = await page.request.post(`/${lng}/webinars/${SLUG}/quiz`, { form: { attempt: "1" } });
    expect(forced.status()).toBe(403);
    // A forged "100% watched" report counts no more than playing has earned.
    const forged = await page.request.post(`/${lng}/webinars/${SLUG}/progress`, {
      form: { intervals: JSON.stringify([[0, content.durationSeconds]]), position: "0", playing: "true" },
    });
    expect(forged.status()).toBe(200);
    expect(((await forged.json()) as { share: number }).share).toBeLessThan(0.5);
    const broken = await page.request.post(`/${lng}/webinars/${SLUG}/progress`, { form: { intervals: "not json", position: "x" } });
    expect(broken.status()).toBe(400);
  });

  test(`${lng}: a page left open earns no watching: a forged report after idling counts only a few seconds`, async ({ page }) => {
    await signUp(page, lng, { email: uniqueEmail(`idle-${lng}`), name: lng === "zh" ? "钱峰" : "Feng Qian" });
    await page.goto(`/${lng}/webinars/${SLUG}/quiz`);
    await expect(page.getByTestId("quiz-locked")).toBeVisible();
    await page.goto(`/${lng}/webinars/${SLUG}`);
    await page.waitForTimeout(12_000);
    // Twelve seconds at 2x would be 24 s of video; nothing played, so only the 5 s start allowance counts.
    const forged = await page.request.post(`/${lng}/webinars/${SLUG}/progress`, {
      form: { intervals: JSON.stringify([[0, 29]]), position: "29", playing: "true" },
    });
    const { share } = (await forged.json()) as { share: number };
    expect(share * content.durationSeconds).toBeLessThanOrEqual(5.01);
  });

  test(`${lng}: a failed final quiz shows the answers given but not the right ones, until it is passed`, async ({ page }) => {
    const email = uniqueEmail(`reveal-${lng}`);
    await signUp(page, lng, { email, name: lng === "zh" ? "孔娜" : "Na Kong" });
    // Watching itself is tested above; here the learner has watched the whole video.
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const webinar = await db.webinar.findUniqueOrThrow({ where: { slug: SLUG } });
    await db.webinarProgress.create({ data: { userId: user.id, webinarId: webinar.id, intervals: JSON.stringify([[0, content.durationSeconds]]), watchedSeconds: content.durationSeconds } });

    const answer = async (mode: "right" | "wrong") => {
      await page.goto(`/${lng}/webinars/${SLUG}/quiz`);
      for (const question of content.finalQuiz.questions) {
        const box = page.getByTestId(`question-${question.id}`);
        const pick = mode === "right" ? question.choices.filter((c) => c.correct) : [question.choices.find((c) => !c.correct)!];
        for (const choice of pick) await box.getByLabel(choice.text[lng], { exact: true }).check();
      }
      await page.getByRole("button", { name: t.courses.quiz.submit }).click();
      await expect(page.getByTestId("quiz-verdict")).toBeVisible();
    };
    await answer("wrong");
    await expect(page.getByTestId("answers-hidden")).toHaveText(t.webinars.quiz.answersHidden);
    const failedPage = page.url();
    const html = await page.content();
    for (const question of content.finalQuiz.questions) expect(html).not.toContain(question.explanation[lng]);
    await expect(page.getByText(t.courses.quiz.result.correctAnswer, { exact: true })).toHaveCount(0);
    await expect(page.getByText(t.courses.quiz.result.yourAnswer).first()).toBeVisible();
    // An attempt number nobody's attempt can have asks for no attempt: the next attempt's form, not an error.
    for (const odd of ["1e20", "2147483648"]) {
      const response = await page.goto(`/${lng}/webinars/${SLUG}/quiz?attempt=${odd}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("button", { name: t.courses.quiz.submit })).toBeVisible();
    }

    await answer("right");
    await expect(page.getByTestId("webinar-completed")).toBeVisible();
    await expect(page.getByText(t.courses.quiz.result.correctAnswer, { exact: true }).first()).toBeVisible();
    // Once passed, the failed attempt shows the right answers too.
    await page.goto(failedPage);
    await expect(page.getByTestId("answers-hidden")).toHaveCount(0);
    await expect(page.getByText(content.finalQuiz.questions[0]!.explanation[lng])).toBeVisible();
  });

  test(`${lng}: a checkpoint pauses the video and must be answered to go on`, async ({ page }) => {
    await signUp(page, lng, { email: uniqueEmail(`checkpoint-${lng}`), name: lng === "zh" ? "吴昊" : "Hao Wu" });
    await page.goto(`/${lng}/webinars/${SLUG}`);
    const checkpoint = content.checkpoints[0]!;
    await video(page, `v.muted = true; v.currentTime = ${checkpoint.at + 20}; return v.play();`);
    const dialog = page.getByTestId("checkpoint");
    await expect(dialog).toBeVisible();
    expect(await video(page, "return v.paused;")).toBe(true);
    expect(Math.abs((await video(page, "return v.currentTime;")) as number - checkpoint.at)).toBeLessThan(1.5);
    await expect(dialog).toContainText(checkpoint.question.prompt[lng]);
    await video(page, "v.dataset.beforeAnswer = 'yes';");

    await dialog.getByRole("button", { name: t.webinars.player.checkpointSubmit }).click();
    await expect(dialog.getByText(t.webinars.player.checkpointChoose)).toBeVisible();

    const right = checkpoint.question.choices.find((choice) => choice.correct)!;
    await dialog.getByLabel(right.text[lng], { exact: true }).check();
    await dialog.getByRole("button", { name: t.webinars.player.checkpointSubmit }).click();
    await expect(dialog.getByText(t.webinars.player.checkpointRight)).toBeVisible();
    await expect(dialog).toContainText(checkpoint.question.explanation[lng]);
    await dialog.getByRole("button", { name: t.webinars.player.continue }).click();
    await expect(dialog).toHaveCount(0);
    // It plays on by itself, and keeps playing past the checkpoint, in the same player:
    // answering must not re-create it (a new one starts paused).
    await expect.poll(() => video(page, "return v.currentTime;"), { timeout: 15_000 }).toBeGreaterThan(checkpoint.at + 2);
    expect(await video(page, "return v.paused;")).toBe(false);
    expect(await video(page, "return v.dataset.beforeAnswer ?? null;")).toBe("yes");
  });

  test(`${lng}: watch to the required share at 2x, answering the checkpoints, pass the final quiz and see completion`, async ({ page }) => {
    test.setTimeout(240_000);
    await signUp(page, lng, { email: uniqueEmail(`final-${lng}`), name: lng === "zh" ? "郑洁" : "Jie Zheng" });
    await page.goto(`/${lng}/webinars/${SLUG}`);
    const dialog = page.getByTestId("checkpoint");
    await video(page, "v.muted = true; v.playbackRate = 2; return v.play();");
    const target = content.durationSeconds * (content.requiredShare + 0.03);
    // Play through, answering each checkpoint as the video stops at it.
    let pausedWithoutQuestion = 0;
    for (;;) {
      const current = (await video(page, "return v.currentTime;")) as number;
      if (current >= target) break;
      if (await dialog.isVisible()) {
        const prompt = (await dialog.locator("legend").textContent()) ?? "";
        const checkpoint = content.checkpoints.find((c) => prompt.includes(c.question.prompt[lng]))!;
        for (const choice of checkpoint.question.choices.filter((c) => c.correct)) await dialog.getByLabel(choice.text[lng], { exact: true }).check();
        await dialog.getByRole("button", { name: t.webinars.player.checkpointSubmit }).click();
        await dialog.getByRole("button", { name: t.webinars.player.continue }).click();
        await video(page, "v.playbackRate = 2;");
        pausedWithoutQuestion = 0;
      } else if (await video(page, "return v.paused;")) {
        // Paused with no question open: the player should never leave a learner there.
        pausedWithoutQuestion += 1;
        expect(pausedWithoutQuestion, `paused at ${current.toFixed(1)} s with no checkpoint open`).toBeLessThan(5);
      } else pausedWithoutQuestion = 0;
      await page.waitForTimeout(1_000);
    }
    await video(page, "v.pause();");
    await expect.poll(async () => percentIn(await page.getByTestId("watch-progress").textContent()), { timeout: 15_000 }).toBeGreaterThanOrEqual(90);

    // The position is remembered: a reload resumes near where playback stopped.
    await page.reload();
    await expect.poll(() => video(page, "return v.currentTime;"), { timeout: 15_000 }).toBeGreaterThan(target - 15);

    await page.getByRole("link", { name: t.webinars.player.takeQuiz }).click();
    for (const question of content.finalQuiz.questions) {
      const box = page.getByTestId(`question-${question.id}`);
      for (const choice of question.choices.filter((c) => c.correct)) await box.getByLabel(choice.text[lng], { exact: true }).check();
    }
    await page.getByRole("button", { name: t.courses.quiz.submit }).click();
    await expect(page.getByTestId("quiz-verdict")).toHaveText(t.courses.quiz.result.passed.replace("{{score}}", "100"));
    await expect(page.getByTestId("webinar-completed")).toContainText(content.title[lng]);
    await page.goto(`/${lng}/webinars`);
    await expect(page.getByTestId("webinar-card").filter({ hasText: content.title[lng] })).toContainText(t.webinars.list.completed);
  });
}

test("video is served by the app with range requests, and content files are not", async ({ request }) => {
  const partial = await request.get(`/media/webinars/${SLUG}/video.webm`, { headers: { Range: "bytes=0-1023" } });
  expect(partial.status()).toBe(206);
  expect(partial.headers()["content-range"]).toMatch(/^bytes 0-1023\//);
  expect((await partial.body()).length).toBe(1024);
  expect((await request.get(`/media/webinars/${SLUG}/webinar.yaml`)).status()).toBe(404);
  expect((await request.get(`/media/webinars/${SLUG}/../../package.json`)).status()).toBe(404);
});
