import { expect, test, type Page } from "./test";
import { makeTestVideo } from "../app/features/webinars/media/test-support/make-video";
import { db } from "./fixtures";
import { expectAccessible, LANGUAGES, logIn, signUp, strings, uniqueEmail, waitForHydration, type Lng } from "./support";

// What a trainer adds to an uploaded webinar beyond the video: checkpoints placed
// with a preview of the frame, multiple-choice questions, speakers.
const video = makeTestVideo({ seconds: 6, name: "authoring.mp4" });

/** Creates an uploaded webinar as the trainer, uploads the video and waits until it is transcoded; returns its page's URL and titles. */
async function readyWebinar(page: Page, lng: Lng, tag: string) {
  const t = strings(lng).webinarAdmin;
  const stamp = `${tag}-${lng}-${Date.now().toString(36)}`;
  const titles = { zh: `出口商简报 ${stamp}`, en: `Exporter briefing ${stamp}` };
  await logIn(page, lng, "trainer@example.com");
  await page.goto(`/${lng}/trainer/webinars/new`);
  await waitForHydration(page);
  const f = t.form.fields;
  await page.getByLabel(f.titleZh, { exact: true }).fill(titles.zh);
  await page.getByLabel(f.titleEn, { exact: true }).fill(titles.en);
  await page.getByLabel(f.descriptionZh, { exact: true }).fill("出口商简报。");
  await page.getByLabel(f.descriptionEn, { exact: true }).fill("A briefing for exporters.");
  await page.getByLabel(f.recordedOn, { exact: true }).fill("2026-11-26");
  await page.getByRole("button", { name: t.form.create }).click();
  await expect(page.getByText(t.edit.saved.created)).toBeVisible();
  const url = page.url().replace(/\?.*$/, "");
  await page.getByLabel(t.video.file, { exact: true }).setInputFiles(video);
  await page.getByRole("button", { name: t.video.upload }).click();
  await expect(page.getByTestId("video-state")).toContainText(t.video.ready.split("{{")[0]!.trim(), { timeout: 180_000 });
  return { url, titles };
}

function fill(template: string, values: Record<string, string>) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? "");
}

async function playerVideo(page: Page, script: string) {
  return page.locator("video").evaluate((element, code) => new Function("v", code)(element), script);
}

async function imageBytes(page: Page, src: string) {
  return (await page.request.get(src)).body();
}

for (const lng of LANGUAGES) {
  const t = strings(lng).webinarAdmin;

  test(`${lng}: the checkpoint form previews the video's frame at the typed or picked time, and that time is stored`, async ({ page, request }) => {
    test.setTimeout(360_000);
    const { url, titles } = await readyWebinar(page, lng, "frame");
    await page.goto(url);
    await waitForHydration(page);
    const at = page.locator("#checkpoint-at");
    const preview = page.getByTestId("checkpoint-at-preview");

    // Typed: the frame at 0:03 appears, named by its time.
    await at.fill("0:03");
    const third = preview.getByRole("img", { name: fill(t.framePreview.alt, { time: "0:03" }) });
    await expect(third).toBeVisible();
    await expect.poll(() => third.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(480);
    await expect(preview).toContainText(fill(t.framePreview.caption, { time: "0:03" }));
    const thirdBytes = await imageBytes(page, (await third.getAttribute("src"))!);
    expect(thirdBytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));

    // Picked with the keyboard on the slider: one step right is 0:04, and the field follows.
    const slider = page.getByRole("slider", { name: t.framePreview.slider });
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await expect(at).toHaveValue("0:04");
    const fourth = preview.getByRole("img", { name: fill(t.framePreview.alt, { time: "0:04" }) });
    await expect.poll(() => fourth.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(480);
    expect(await imageBytes(page, (await fourth.getAttribute("src"))!)).not.toEqual(thirdBytes);
    await expectAccessible(page);
    await page.screenshot({ path: `screenshots/webinar-frame-preview-${lng}-desktop.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await preview.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `screenshots/webinar-frame-preview-${lng}-phone.png` });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Bad input: no frame, a plain note instead.
    await at.fill("0:30");
    await expect(preview).toContainText(t.framePreview.afterEnd);
    await expect(preview.getByRole("img")).toHaveCount(0);
    await at.fill("zwei");
    await expect(preview).toContainText(t.framePreview.invalid);
    // Only a trainer gets frames, and only at a second inside the video.
    const frameUrl = `${url}/frame?at=4`;
    expect((await page.request.get(frameUrl)).status()).toBe(200);
    expect((await page.request.get(frameUrl.replace("at=4", "at=99"))).status()).toBe(400);
    expect((await request.get(frameUrl, { maxRedirects: 0 })).status()).not.toBe(200);

    // The previewed time is the one saved with the checkpoint.
    await at.fill("0:04");
    await expect(preview.getByRole("img", { name: fill(t.framePreview.alt, { time: "0:04" }) })).toBeVisible();
    await page.locator("#checkpoint-promptZh").fill("这一页讲的是什么？");
    await page.locator("#checkpoint-promptEn").fill("What is this slide about?");
    await page.locator("#checkpoint-choiceZh-0").fill("标签");
    await page.locator("#checkpoint-choiceEn-0").fill("Labels");
    await page.locator("#checkpoint-choiceZh-1").fill("运输");
    await page.locator("#checkpoint-choiceEn-1").fill("Shipping");
    await page.locator("#checkpoint-correct-0").check();
    await page.locator("#checkpoint-explanationZh").fill("这一页讲标签。");
    await page.locator("#checkpoint-explanationEn").fill("This slide is about labels.");
    await page.getByRole("button", { name: t.checkpoints.save }).click();
    await expect(page.getByText(t.edit.saved.checkpoints)).toBeVisible();
    const webinar = await db.webinar.findFirstOrThrow({ where: { titleEn: titles.en } });
    expect((JSON.parse(webinar.checkpoints) as { at: number }[]).map((checkpoint) => checkpoint.at)).toEqual([4]);
  });

  test(`${lng}: a trainer names the speakers and writes a multiple-choice checkpoint (bad input refused, nothing typed lost); a learner sees the speakers and must tick every right choice`, async ({ browser }) => {
    test.setTimeout(360_000);
    const trainer = await (await browser.newContext()).newPage();
    const { titles } = await readyWebinar(trainer, lng, "multi");
    const v = strings(lng).validation;
    await trainer.locator("#checkpoint-at").fill("0:02");
    await trainer.getByRole("radio", { name: t.question.types.multiple }).first().check();
    await trainer.locator("#checkpoint-promptZh").fill("哪些产品需要儿童产品证书？");
    await trainer.locator("#checkpoint-promptEn").fill("Which products need a Children's Product Certificate?");
    const choices = [
      ["儿童玩具", "Children's toys"],
      ["儿童服装", "Children's apparel"],
      ["成人工具", "Tools for adults"],
    ];
    for (const [row, [zh, en]] of choices.entries()) {
      await trainer.locator(`#checkpoint-choiceZh-${row}`).fill(zh!);
      await trainer.locator(`#checkpoint-choiceEn-${row}`).fill(en!);
    }
    await trainer.locator("#checkpoint-explanationZh").fill("供儿童使用的产品都需要儿童产品证书。");
    await trainer.locator("#checkpoint-explanationEn").fill("Every product made for children needs one.");
    // No right choice marked: refused in the page's language, with everything typed kept and the type still "several".
    await trainer.getByRole("button", { name: t.checkpoints.save }).click();
    await expect(trainer.getByText(v.markCorrectChoices)).toBeVisible({ timeout: 30_000 });
    await expect(trainer.locator("#checkpoint-promptEn")).toHaveValue("Which products need a Children's Product Certificate?");
    await expect(trainer.locator("#checkpoint-choiceZh-2")).toHaveValue("成人工具");
    await expect(trainer.locator("#checkpoint-at")).toHaveValue("0:02");
    await expect(trainer.locator("#checkpoint-type-multiple")).toBeChecked();
    await expectAccessible(trainer);
    await trainer.screenshot({ path: `screenshots/webinar-multiple-choice-refused-${lng}-desktop.png`, fullPage: true });
    // The marks are checkboxes: two right choices.
    await trainer.getByRole("checkbox", { name: fill(t.question.correct, { number: "1" }) }).first().check();
    await trainer.getByRole("checkbox", { name: fill(t.question.correct, { number: "2" }) }).first().check();
    await trainer.getByRole("button", { name: t.checkpoints.save }).click();
    await expect(trainer.getByText(t.edit.saved.checkpoints)).toBeVisible();

    // Speakers, in both languages: a row filled in part is refused field by field, keeping what was typed.
    const s = t.form.speakers;
    const speakerRow = trainer.getByRole("group", { name: fill(s.row, { number: "1" }) });
    await speakerRow.getByLabel(s.speakerNameZh, { exact: true }).fill("张敏");
    await speakerRow.getByLabel(s.speakerNameEn, { exact: true }).fill("Min Zhang");
    await trainer.getByRole("button", { name: t.form.save }).click();
    await expect(speakerRow.getByLabel(s.speakerOrgZh, { exact: true })).toHaveAccessibleDescription(v.required, { timeout: 30_000 });
    await expect(speakerRow.getByLabel(s.speakerOrgEn, { exact: true })).toHaveAccessibleDescription(v.required);
    await expect(speakerRow.getByLabel(s.speakerNameZh, { exact: true })).toHaveValue("张敏");
    await expectAccessible(trainer);
    await speakerRow.getByLabel(s.speakerOrgZh, { exact: true }).fill("中国玩具和婴童用品协会");
    await speakerRow.getByLabel(s.speakerOrgEn, { exact: true }).fill("China Toy & Juvenile Products Association");
    await trainer.getByRole("button", { name: t.form.save }).click();
    await expect(trainer.getByText(t.edit.saved.updated)).toBeVisible({ timeout: 30_000 });
    await expect(speakerRow.getByLabel(s.speakerOrgEn, { exact: true })).toHaveValue("China Toy & Juvenile Products Association");
    await trainer.screenshot({ path: `screenshots/webinar-speakers-${lng}-desktop.png`, fullPage: true });
    await trainer.setViewportSize({ width: 390, height: 844 });
    await speakerRow.scrollIntoViewIfNeeded();
    await trainer.screenshot({ path: `screenshots/webinar-speakers-${lng}-phone.png` });
    await trainer.setViewportSize({ width: 1280, height: 900 });

    await trainer.getByRole("button", { name: t.edit.publish }).click();
    await expect(trainer.getByText(t.edit.saved.published)).toBeVisible();
    await trainer.close();

    const learner = await (await browser.newContext()).newPage();
    await signUp(learner, lng, { email: uniqueEmail(`multi-${lng}`), name: lng === "zh" ? "王磊" : "Lei Wang" });
    await learner.goto(`/${lng}/webinars`);
    await learner.getByRole("link", { name: titles[lng] }).click();
    const p = strings(lng).webinars.player;
    const speaker = lng === "zh" ? "张敏（中国玩具和婴童用品协会）" : "Min Zhang (China Toy & Juvenile Products Association)";
    await expect(learner.getByText(fill(p.speakers, { list: speaker }))).toBeVisible();
    const dialog = learner.getByTestId("checkpoint");
    await playerVideo(learner, "v.muted = true; return v.play();");
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    const [toys, apparel] = choices.map(([zh, en]) => (lng === "zh" ? zh! : en!));
    await expect(dialog).toContainText(strings(lng).courses.quiz.selectAll);
    await dialog.getByRole("checkbox", { name: toys, exact: true }).check();
    await dialog.getByRole("checkbox", { name: apparel, exact: true }).check();
    await expectAccessible(learner);
    await learner.screenshot({ path: `screenshots/webinar-multiple-choice-learner-${lng}-desktop.png` });
    await dialog.getByRole("button", { name: p.checkpointSubmit }).click();
    await expect(dialog.getByText(p.checkpointRight)).toBeVisible();
  });
}
