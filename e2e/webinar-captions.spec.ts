import { expect, test, type Page } from "./test";
import { captionFile, CHINESE_SRT, ENGLISH_VTT } from "../app/features/webinars/manage/test-support/caption-files";
import { expectAccessible, LANGUAGES, logIn, strings, waitForHydration, type Lng } from "./support";

async function newWebinar(page: Page, lng: Lng, titleEn: string) {
  const t = strings(lng).webinarAdmin;
  await page.goto(`/${lng}/trainer/webinars/new`);
  await waitForHydration(page);
  const f = t.form.fields;
  await page.getByLabel(f.titleZh, { exact: true }).fill("字幕与章节测试");
  await page.getByLabel(f.titleEn, { exact: true }).fill(`${titleEn} ${lng} ${Date.now().toString(36)}`);
  await page.getByLabel(f.descriptionZh, { exact: true }).fill("字幕。");
  await page.getByLabel(f.descriptionEn, { exact: true }).fill("Captions.");
  await page.getByLabel(f.recordedOn, { exact: true }).fill("2026-11-22");
  await page.getByRole("button", { name: t.form.create }).click();
  await expect(page.getByText(t.edit.saved.created)).toBeVisible();
}

for (const lng of LANGUAGES) {
  const t = strings(lng).webinarAdmin;
  const v = strings(lng).validation;

  test(`${lng}: chapters: a bad time and a missing title are refused at their fields, good rows are saved in time order`, async ({ page }) => {
    await logIn(page, lng, "trainer@example.com");
    await newWebinar(page, lng, "Chapters test");
    await page.locator("#chapterAt-0").fill("2:00");
    await page.locator("#chapterZh-0").fill("检测报告");
    await page.locator("#chapterEn-0").fill("Test reports");
    await page.locator("#chapterAt-1").fill("0:0");
    await page.locator("#chapterZh-1").fill("开场");
    await page.getByRole("button", { name: t.chapters.save }).click();
    await expect(page.locator("#chapterAt-1")).toHaveAccessibleDescription(v.clockTime);
    await expect(page.locator("#chapterEn-1")).toHaveAccessibleDescription(v.required);
    await expect(page.locator("#chapterZh-1")).toHaveValue("开场");
    await expectAccessible(page);

    await page.locator("#chapterAt-1").fill("0:00");
    await page.locator("#chapterEn-1").fill("Opening");
    await page.getByRole("button", { name: t.chapters.save }).click();
    await expect(page.getByText(t.edit.saved.chapters)).toBeVisible();
    await expect(page.locator("#chapterAt-0")).toHaveValue("0:00");
    await expect(page.locator("#chapterEn-0")).toHaveValue("Opening");
    await expect(page.locator("#chapterAt-1")).toHaveValue("2:00");
    await expect(page.locator("#chapterZh-1")).toHaveValue("检测报告");
  });

  test(`${lng}: captions upload: a GBK SRT is converted to UTF-8 WebVTT, a wrong timing is refused with its line`, async ({ page }) => {
    await logIn(page, lng, "trainer@example.com");
    await newWebinar(page, lng, "Captions test");

    const zhField = page.getByLabel(t.captions.file.zh, { exact: true });
    // Bad input first: a cue ending before it starts (line 6), then no file at all.
    await zhField.setInputFiles(captionFile("broken.srt", CHINESE_SRT.replace("00:00:02,000 --> 00:00:03,800", "00:00:03,800 --> 00:00:02,000"), "GB18030"));
    await page.getByRole("button", { name: t.captions.upload.zh }).click();
    await expect(page.getByLabel(t.captions.file.zh, { exact: true })).toHaveAccessibleDescription(new RegExp(t.captions.problems.timing.split("{{")[0]!));
    await expect(page.getByRole("alert").filter({ hasText: t.captions.problems.timing.replace("{{line}}", "6") })).toBeVisible();
    await expectAccessible(page);

    await page.getByLabel(t.captions.file.zh, { exact: true }).setInputFiles(captionFile("会议字幕.srt", CHINESE_SRT, "GB18030"));
    await page.getByRole("button", { name: t.captions.upload.zh }).click();
    await expect(page.getByText(t.edit.saved.captions)).toBeVisible();
    await page.getByLabel(t.captions.file.en, { exact: true }).setInputFiles(captionFile("english.vtt", ENGLISH_VTT));
    await page.getByRole("button", { name: t.captions.upload.en }).click();
    await expect(page.getByText(t.edit.saved.captions)).toBeVisible();

    const links = page.getByRole("link", { name: t.captions.current });
    await expect(links).toHaveCount(2);
    const zh = await page.request.get((await links.nth(0).getAttribute("href"))!);
    expect(zh.headers()["content-type"]).toContain("text/vtt");
    expect(await zh.text()).toBe("WEBVTT\n\n00:00:00.500 --> 00:00:02.000\n欢迎参加本次培训。\n\n00:00:02.000 --> 00:00:03.800\n玩具必须符合 ASTM F963 标准。\n");
    const en = await page.request.get((await links.nth(1).getAttribute("href"))!);
    expect(await en.text()).toContain("Toys must meet ASTM F963.");
  });
}
