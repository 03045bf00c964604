import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "./test";
import { LANGUAGES, logIn, signUp, strings, uniqueEmail, waitForHydration } from "./support";

type Cue = { start: number; end: number; text: string };

/** The cues of a shipped captions file, read here independently of the app. */
function cues(slug: string, language: "zh" | "en"): Cue[] {
  const seconds = (time: string) => time.split(":").reduce((total, part) => total * 60 + Number(part), 0);
  return fs
    .readFileSync(path.join("webinars", slug, `captions.${language}.vtt`), "utf8")
    .split(/\n\n+/)
    .map((block) => /^(?:.*\n)?([\d:.]+) --> ([\d:.]+)[^\n]*\n([\s\S]+)$/.exec(block.trim()))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ start: seconds(match[1]!), end: seconds(match[2]!), text: match[3]!.trim() }));
}

async function video(page: Page, script: string) {
  return page.locator("video").evaluate((element, code) => new Function("v", code)(element), script);
}

async function seek(page: Page, seconds: number) {
  await video(page, `v.currentTime = ${seconds};`);
}

const SLUG = "ecommerce-safe-products";
const zh = cues(SLUG, "zh");
const en = cues(SLUG, "en");

for (const lng of LANGUAGES) {
  const t = strings(lng).webinars.player;

  test(`${lng}: bilingual captions show the Chinese and the English cue together, in sync when seeking and in fullscreen, remembered for the learner`, async ({ page, browser }) => {
    const email = uniqueEmail(`captions-${lng}`);
    await signUp(page, lng, { email, name: lng === "zh" ? "周敏" : "Min Zhou" });
    await page.goto(`/${lng}/webinars/${SLUG}`);
    await waitForHydration(page);
    const box = page.getByTestId("bilingual-captions");
    // The control bar appears once playback has started.
    await video(page, "v.muted = true; return v.play();");
    await video(page, "v.pause();");
    await page.locator(".video-js").hover();
    await expect(page.locator("button.vjs-subs-caps-button")).toBeVisible();

    // Chosen from the player's own captions menu.
    await page.locator("button.vjs-subs-caps-button").click();
    await page.locator("div.vjs-subs-caps-button .vjs-menu-item").filter({ hasText: t.captionsBilingual }).click();
    await expect(box).toBeVisible();

    // Seeking: the box shows the cues of the new moment in both languages, one above the other.
    for (const index of [2, 7, 4]) {
      const at = (zh[index]!.start + zh[index]!.end) / 2;
      await seek(page, at);
      await expect(box.locator("p[lang=zh-CN]")).toHaveText(zh[index]!.text);
      await expect(box.locator("p[lang=en]")).toHaveText(en.find((cue) => cue.start <= at && at < cue.end)!.text);
    }
    const [zhBox, enBox] = [await box.locator("p[lang=zh-CN]").boundingBox(), await box.locator("p[lang=en]").boundingBox()];
    expect(zhBox!.y + zhBox!.height).toBeLessThanOrEqual(enBox!.y + 1);
    // video.js draws none of its own captions meanwhile: no doubled lines.
    await expect(page.locator(".vjs-text-track-display .vjs-text-track-cue")).toHaveCount(0);

    // Fullscreen: the box is inside the fullscreen element and still follows the video.
    await page.locator(".vjs-fullscreen-control").click();
    await expect.poll(() => page.evaluate(() => Boolean(document.fullscreenElement?.querySelector("[data-testid=bilingual-captions]")))).toBe(true);
    const later = (zh[9]!.start + zh[9]!.end) / 2;
    await seek(page, later);
    await expect(box.locator("p[lang=zh-CN]")).toHaveText(zh[9]!.text);
    await expect(box).toBeVisible();
    await page.evaluate(() => document.exitFullscreen());

    // Remembered for the learner: another browser, signed in as the same person, another webinar.
    await expect.poll(async () => (await page.request.get(`/${lng}/webinars/${SLUG}`)).ok()).toBe(true);
    const other = await browser.newContext();
    const again = await other.newPage();
    await logIn(again, lng, email, "a-long-password-1");
    await again.goto(`/${lng}/webinars/buyers-toy-checklist`);
    await waitForHydration(again);
    const otherCues = cues("buyers-toy-checklist", "zh");
    const at = (otherCues[1]!.start + otherCues[1]!.end) / 2;
    await expect.poll(async () => {
      await seek(again, at);
      return again.getByTestId("bilingual-captions").locator("p[lang=zh-CN]").textContent();
    }).toBe(otherCues[1]!.text);
    await other.close();
  });
}
