import { expect, test, type Page } from "./test";
import { makeTestVideo, renamedTextFile, truncatedCopy } from "../app/features/webinars/media/test-support/make-video";
import { db } from "./fixtures";
import { expectAccessible, LANGUAGES, logIn, strings, waitForHydration, type Lng } from "./support";

// A few seconds of real video made by ffmpeg, uploaded through the page (tus) and
// transcoded by the server's job runner with ffmpeg.
const video = makeTestVideo({ seconds: 4, name: "lecture.mp4" });

type Fields = ReturnType<typeof strings>["webinarAdmin"]["form"]["fields"];

function details(lng: Lng, tag: string): Record<keyof Fields, string> {
  const stamp = `${tag}-${Date.now().toString(36)}`;
  return {
    titleZh: `玩具标签要求讲座 ${stamp}`,
    titleEn: `Toy labelling talk ${stamp} (${lng})`,
    descriptionZh: "介绍美国玩具标签的基本要求。",
    descriptionEn: "An introduction to U.S. toy labelling requirements.",
    category: "toys",
    recordedOn: "2026-11-20",
  };
}

async function fillWebinarForm(page: Page, lng: Lng, values: Partial<Record<keyof Fields, string>>) {
  const fields = strings(lng).webinarAdmin.form.fields;
  for (const [name, value] of Object.entries(values) as [keyof Fields, string][]) {
    const field = page.getByLabel(fields[name], { exact: true });
    if (name === "category") await field.selectOption(value);
    else await field.fill(value);
  }
}

/** Creates an uploaded webinar through the form and returns its management page's URL. */
async function createWebinar(page: Page, lng: Lng, values: Record<keyof Fields, string>): Promise<string> {
  const t = strings(lng).webinarAdmin;
  await page.goto(`/${lng}/trainer/webinars/new`);
  await waitForHydration(page);
  await fillWebinarForm(page, lng, values);
  await page.getByRole("button", { name: t.form.create }).click();
  await expect(page.getByText(t.edit.saved.created)).toBeVisible();
  return page.url().replace(/\?.*$/, "");
}

async function uploadVideo(page: Page, lng: Lng, file: string) {
  const t = strings(lng).webinarAdmin;
  await page.getByLabel(t.video.file, { exact: true }).setInputFiles(file);
  await page.getByRole("button", { name: t.video.upload }).click();
}

for (const lng of LANGUAGES) {
  const t = strings(lng).webinarAdmin;

  test(`${lng}: a trainer creates a webinar, uploads an MP4, watches it transcode to 100%, publishes and unpublishes it`, async ({ page }) => {
    await logIn(page, lng, "trainer@example.com");
    await page.goto(`/${lng}/trainer/webinars`);
    await expect(page.getByRole("heading", { level: 1, name: t.list.title })).toBeVisible();
    // The file-based webinars are listed with the uploaded ones.
    await expect(page.getByTestId("managed-webinar").filter({ hasText: t.origin.files }).first()).toBeVisible();
    await expectAccessible(page);

    // Bad input: an empty form and a wrong date are refused next to their fields, keeping what was typed.
    await page.getByRole("link", { name: t.list.new }).click();
    await waitForHydration(page);
    const values = details(lng, "ok");
    await fillWebinarForm(page, lng, { titleZh: values.titleZh, recordedOn: "20.11.2026" });
    await page.getByRole("button", { name: t.form.create }).click();
    const v = strings(lng).validation;
    await expect(page.getByLabel(t.form.fields.titleEn, { exact: true })).toHaveAccessibleDescription(v.required);
    await expect(page.getByLabel(t.form.fields.recordedOn, { exact: true })).toHaveAccessibleDescription(new RegExp(v.date.replace(/[.()]/g, "\\$&")));
    await expect(page.getByLabel(t.form.fields.titleZh, { exact: true })).toHaveValue(values.titleZh);
    await expectAccessible(page);

    const manage = await createWebinar(page, lng, values);
    // Publishing before there is a video is refused.
    await page.getByRole("button", { name: t.edit.publish }).click();
    await expect(page.getByText(t.edit.noVideo)).toBeVisible();

    await uploadVideo(page, lng, video);
    // The transcode progress is shown (from the job) until the video is ready.
    await expect(page.getByTestId("video-state")).toContainText(t.video.ready.split("{{")[0]!.trim(), { timeout: 60_000 });
    await expect(page.getByRole("img", { name: t.video.posterAlt })).toBeVisible();
    await expectAccessible(page);
    const webinar = await db.webinar.findFirstOrThrow({ where: { titleEn: values.titleEn } });
    const job = await db.job.findFirstOrThrow({ where: { kind: "webinar.transcode", targetId: webinar.id } });
    expect(job).toMatchObject({ state: "done", progress: 1 });

    // Not in the catalog until published.
    await page.goto(`/${lng}/webinars`);
    await expect(page.getByText(lng === "zh" ? values.titleZh : values.titleEn)).toHaveCount(0);
    await page.goto(manage);
    await waitForHydration(page);
    await page.getByRole("button", { name: t.edit.publish }).click();
    await expect(page.getByText(t.edit.saved.published)).toBeVisible();

    // The learner's player loads the adaptive stream: a master playlist with both renditions.
    await page.goto(`/${lng}/webinars`);
    const master = page.waitForResponse((response) => response.url().endsWith("/master.m3u8"));
    await page.getByRole("link", { name: lng === "zh" ? values.titleZh : values.titleEn }).click();
    const playlist = await (await master).text();
    expect(playlist).toMatch(/RESOLUTION=640x360/);
    expect(playlist).toMatch(/RESOLUTION=1280x720/);
    await expect(page.getByTestId("video-player").locator("video")).toHaveAttribute("playsinline");
    await expect(page.getByTestId("video-player").locator("video")).toHaveAttribute("x5-playsinline", "");

    // The trainer edits the details and unpublishes: the catalog no longer lists it.
    await page.goto(manage);
    await waitForHydration(page);
    const renamed = `${values.titleEn} (edited)`;
    await page.getByLabel(t.form.fields.titleEn, { exact: true }).fill(renamed);
    await page.getByRole("button", { name: t.form.save }).click();
    await expect(page.getByText(t.edit.saved.updated)).toBeVisible();
    expect((await db.webinar.findUniqueOrThrow({ where: { id: webinar.id } })).titleEn).toBe(renamed);
    await page.getByRole("button", { name: t.edit.unpublish }).click();
    await expect(page.getByText(t.edit.saved.unpublished)).toBeVisible();
    await page.goto(`/${lng}/webinars`);
    await expect(page.getByTestId("webinar-card")).not.toContainText([lng === "zh" ? values.titleZh : renamed]);
    expect((await page.request.get(`/${lng}/webinars/${webinar.slug}`)).status()).toBe(404);
  });

  test(`${lng}: a truncated MP4 and a renamed text file are refused in plain words and never reach the catalog`, async ({ page }) => {
    await logIn(page, lng, "trainer@example.com");
    const cases = [
      { file: truncatedCopy(video, 0.5), message: t.videoProblems.truncated },
      { file: renamedTextFile("meeting.mp4"), message: t.videoProblems.notVideo },
    ];
    for (const [index, refused] of cases.entries()) {
      const values = details(lng, `bad${index}`);
      await createWebinar(page, lng, values);
      await uploadVideo(page, lng, refused.file);
      await expect(page.getByTestId("video-state")).toContainText(refused.message, { timeout: 30_000 });
      await page.getByRole("button", { name: t.edit.publish }).click();
      await expect(page.getByText(t.edit.noVideo)).toBeVisible();
      const webinar = await db.webinar.findFirstOrThrow({ where: { titleEn: values.titleEn } });
      expect(webinar).toMatchObject({ stream: null, published: false });
      await page.goto(`/${lng}/webinars`);
      await expect(page.getByText(lng === "zh" ? values.titleZh : values.titleEn)).toHaveCount(0);
    }
    // A file that is not named as a video is refused before any byte is sent.
    await createWebinar(page, lng, details(lng, "txt"));
    await uploadVideo(page, lng, renamedTextFile("notes.txt"));
    await expect(page.getByTestId("upload-state")).toContainText(t.video.wrongType);
    await expectAccessible(page);
  });

  test(`${lng}: the webinars from files are transcoded at sync and played as HLS`, async ({ page }) => {
    const slug = "buyers-toy-checklist";
    const webinar = await db.webinar.findUniqueOrThrow({ where: { slug } });
    await expect.poll(async () => (await db.job.findFirst({ where: { kind: "webinar.transcode", targetId: webinar.id } }))?.state, { timeout: 90_000 }).toBe("done");
    const master = page.waitForResponse((response) => response.url().endsWith("/master.m3u8"));
    const lowRendition = page.waitForResponse((response) => response.url().includes("/360p/"));
    await page.goto(`/${lng}/webinars/${slug}`);
    expect(await (await master).text()).toMatch(/RESOLUTION=1280x720/);
    await lowRendition;
  });
}
