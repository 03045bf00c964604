import { expect, test, type Page } from "./test";
import { makeTestVideo } from "../app/features/webinars/media/test-support/make-video";
import { db } from "./fixtures";
import { expectAccessible, LANGUAGES, logIn, strings, waitForHydration, type Lng } from "./support";

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
  await expect(page.getByTestId("video-state")).toContainText(t.video.ready.split("{{")[0]!.trim(), { timeout: 60_000 });
  return { url, titles };
}

function fill(template: string, values: Record<string, string>) {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? "");
}

async function imageBytes(page: Page, src: string) {
  return (await page.request.get(src)).body();
}

for (const lng of LANGUAGES) {
  const t = strings(lng).webinarAdmin;

  test(`${lng}: the checkpoint form previews the video's frame at the typed or picked time, and that time is stored`, async ({ page, request }) => {
    test.setTimeout(240_000);
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
}
