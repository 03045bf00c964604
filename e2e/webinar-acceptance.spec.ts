import { expect, test, type Page } from "./test";
import { captionFile, CHINESE_SRT, ENGLISH_VTT } from "../app/features/webinars/manage/test-support/caption-files";
import { makeTestVideo } from "../app/features/webinars/media/test-support/make-video";
import { db } from "./fixtures";
import { LANGUAGES, logIn, signUp, strings, uniqueEmail, waitForHydration, type Lng } from "./support";

const video = makeTestVideo({ seconds: 6, name: "factory-briefing.mp4" });

async function playerVideo(page: Page, script: string) {
  return page.locator("video").evaluate((element, code) => new Function("v", code)(element), script);
}

/** Fills the question form of one panel ("checkpoint" or "quiz"): the second choice is the right one. */
async function fillQuestion(page: Page, form: string, prompt: { zh: string; en: string }) {
  await page.locator(`#${form}-promptZh`).fill(prompt.zh);
  await page.locator(`#${form}-promptEn`).fill(prompt.en);
  await page.locator(`#${form}-choiceZh-0`).fill("不需要");
  await page.locator(`#${form}-choiceEn-0`).fill("Not needed");
  await page.locator(`#${form}-choiceZh-1`).fill("需要儿童产品证书");
  await page.locator(`#${form}-choiceEn-1`).fill("A Children's Product Certificate");
  await page.locator(`#${form}-correct-1`).check();
  await page.locator(`#${form}-explanationZh`).fill("儿童产品需要儿童产品证书。");
  await page.locator(`#${form}-explanationEn`).fill("Children's products need a Children's Product Certificate.");
}

async function publishWebinar(page: Page, lng: Lng, titles: { zh: string; en: string }) {
  const t = strings(lng).webinarAdmin;
  await logIn(page, lng, "trainer@example.com");
  await page.goto(`/${lng}/trainer/webinars/new`);
  await waitForHydration(page);
  const f = t.form.fields;
  await page.getByLabel(f.titleZh, { exact: true }).fill(titles.zh);
  await page.getByLabel(f.titleEn, { exact: true }).fill(titles.en);
  await page.getByLabel(f.descriptionZh, { exact: true }).fill("工厂简报。");
  await page.getByLabel(f.descriptionEn, { exact: true }).fill("A factory briefing.");
  await page.getByLabel(f.recordedOn, { exact: true }).fill("2026-11-25");
  await page.getByRole("button", { name: t.form.create }).click();
  await expect(page.getByText(t.edit.saved.created)).toBeVisible();

  // Upload and transcode, the progress shown until it reaches the ready state (100%).
  await page.getByLabel(t.video.file, { exact: true }).setInputFiles(video);
  await page.getByRole("button", { name: t.video.upload }).click();
  await expect(page.getByTestId("video-state")).toContainText(t.video.ready.split("{{")[0]!.trim(), { timeout: 60_000 });

  // Captions: a GBK-encoded Chinese SRT and an English WebVTT file.
  await page.getByLabel(t.captions.file.zh, { exact: true }).setInputFiles(captionFile("简报.srt", CHINESE_SRT, "GB18030"));
  await page.getByRole("button", { name: t.captions.upload.zh }).click();
  await expect(page.getByText(t.edit.saved.captions)).toBeVisible();
  await page.getByLabel(t.captions.file.en, { exact: true }).setInputFiles(captionFile("briefing.vtt", ENGLISH_VTT));
  await page.getByRole("button", { name: t.captions.upload.en }).click();
  await expect(page.getByText(t.edit.saved.captions)).toBeVisible();

  // A chapter, a checkpoint at 0:02 and one final-quiz question.
  await page.locator("#chapterAt-0").fill("0:00");
  await page.locator("#chapterZh-0").fill("开场");
  await page.locator("#chapterEn-0").fill("Opening");
  await page.getByRole("button", { name: t.chapters.save }).click();
  await expect(page.getByText(t.edit.saved.chapters)).toBeVisible();

  await page.locator("#checkpoint-at").fill("0:9");
  await fillQuestion(page, "checkpoint", { zh: "检查点：儿童玩具需要什么证书？", en: "Checkpoint: what certificate does a children's toy need?" });
  await page.getByRole("button", { name: t.checkpoints.save }).click();
  await expect(page.locator("#checkpoint-at")).toHaveAccessibleDescription(strings(lng).validation.clockTime);
  await page.locator("#checkpoint-at").fill("0:02");
  await page.getByRole("button", { name: t.checkpoints.save }).click();
  await expect(page.getByText(t.edit.saved.checkpoints)).toBeVisible();
  await expect(page.getByTestId("checkpoint-list")).toContainText("0:02");

  await page.getByRole("button", { name: t.finalQuiz.save }).click();
  await expect(page.locator("#quiz-promptZh")).toHaveAccessibleDescription(strings(lng).validation.required);
  await fillQuestion(page, "quiz", { zh: "结业：儿童玩具需要什么证书？", en: "Final: what certificate does a children's toy need?" });
  await page.getByRole("button", { name: t.finalQuiz.save }).click();
  await expect(page.getByText(t.edit.saved.quiz)).toBeVisible();
  await expect(page.getByTestId("quiz-list").getByRole("listitem")).toHaveCount(1);

  await page.getByRole("button", { name: t.edit.publish }).click();
  await expect(page.getByText(t.edit.saved.published)).toBeVisible();
}

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: a trainer publishes an uploaded recording with captions, a chapter, a checkpoint and a quiz; a learner watches the HLS stream and earns the certificate`, async ({ browser }) => {
    test.setTimeout(180_000);
    const stamp = `${lng}-${Date.now().toString(36)}`;
    const titles = { zh: `工厂简报 ${stamp}`, en: `Factory briefing ${stamp}` };
    const trainer = await browser.newPage();
    await publishWebinar(trainer, lng, titles);
    await trainer.close();

    const learner = await (await browser.newContext()).newPage();
    await signUp(learner, lng, { email: uniqueEmail(`webinar-${lng}`), name: lng === "zh" ? "林芳" : "Fang Lin" });
    await learner.goto(`/${lng}/webinars`);
    const master = learner.waitForResponse((response) => response.url().endsWith("/master.m3u8"));
    await learner.getByRole("link", { name: titles[lng] }).click();
    const playlist = await (await master).text();
    expect(playlist.match(/#EXT-X-STREAM-INF/g)).toHaveLength(2);
    expect(playlist).toMatch(/RESOLUTION=640x360/);
    expect(playlist).toMatch(/RESOLUTION=1280x720/);

    // Stopped at the checkpoint, answered, then on to the end.
    const dialog = learner.getByTestId("checkpoint");
    await playerVideo(learner, "v.muted = true; return v.play();");
    await expect(dialog).toBeVisible({ timeout: 20_000 });
    expect(await playerVideo(learner, "return v.paused;")).toBe(true);
    await dialog.getByLabel(lng === "zh" ? "需要儿童产品证书" : "A Children's Product Certificate", { exact: true }).check();
    await dialog.getByRole("button", { name: t.webinars.player.checkpointSubmit }).click();
    await expect(dialog.getByText(t.webinars.player.checkpointRight)).toBeVisible();
    await dialog.getByRole("button", { name: t.webinars.player.continue }).click();
    await expect.poll(() => playerVideo(learner, "return v.ended;"), { timeout: 30_000 }).toBe(true);
    await expect(learner.getByRole("link", { name: t.webinars.player.takeQuiz })).toBeVisible({ timeout: 15_000 });

    await learner.getByRole("link", { name: t.webinars.player.takeQuiz }).click();
    await learner.getByLabel(lng === "zh" ? "需要儿童产品证书" : "A Children's Product Certificate", { exact: true }).check();
    await learner.getByRole("button", { name: t.courses.quiz.submit }).click();
    await expect(learner.getByTestId("quiz-verdict")).toHaveText(t.courses.quiz.result.passed.replace("{{score}}", "100"));
    await expect(learner.getByTestId("webinar-completed")).toContainText(titles[lng]);
    const pdf = learner.getByTestId("certificate-pdf");
    await expect(pdf).toBeVisible();
    const response = await learner.request.get((await pdf.getAttribute("href"))!);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
    const webinar = await db.webinar.findFirstOrThrow({ where: { titleEn: titles.en } });
    expect(await db.certificate.count({ where: { achievementId: webinar.id } })).toBe(1);
  });
}
