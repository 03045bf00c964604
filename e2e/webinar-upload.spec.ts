import fs from "node:fs";
import { expect, test, type Page } from "./test";
import { makeTestVideo } from "../app/features/webinars/media/test-support/make-video";
import { db } from "./fixtures";
import { LANGUAGES, logIn, strings, waitForHydration, type Lng } from "./support";

// Lossless, so the file is several 1 MB chunks long.
const video = makeTestVideo({ seconds: 4, width: 960, height: 540, lossless: true, name: "long-recording.mp4" });
const size = fs.statSync(video).size;

async function newWebinar(page: Page, lng: Lng, titleEn: string): Promise<string> {
  const t = strings(lng).webinarAdmin;
  await page.goto(`/${lng}/trainer/webinars/new`);
  await waitForHydration(page);
  const fields = t.form.fields;
  await page.getByLabel(fields.titleZh, { exact: true }).fill(`续传测试 ${titleEn}`);
  await page.getByLabel(fields.titleEn, { exact: true }).fill(titleEn);
  await page.getByLabel(fields.descriptionZh, { exact: true }).fill("断点续传。");
  await page.getByLabel(fields.descriptionEn, { exact: true }).fill("Resumed upload.");
  await page.getByLabel(fields.recordedOn, { exact: true }).fill("2026-11-21");
  await page.getByRole("button", { name: t.form.create }).click();
  await expect(page.getByText(t.edit.saved.created)).toBeVisible();
  return (await db.webinar.findFirstOrThrow({ where: { titleEn } })).id;
}

for (const lng of LANGUAGES) {
  const t = strings(lng).webinarAdmin;

  test(`${lng}: an upload cut off at 50% resumes from where it stopped and completes`, async ({ page, browserProblems }) => {
    expect(size).toBeGreaterThan(3 * 1024 * 1024);
    await logIn(page, lng, "trainer@example.com");
    const titleEn = `Resumed upload ${lng} ${Date.now().toString(36)}`;
    const webinarId = await newWebinar(page, lng, titleEn);

    // The connection drops while the chunk that starts past the middle is on its way.
    const offsets: number[] = [];
    const heads: number[] = [];
    let dropped = false;
    await page.route(`**/trainer/webinars/${webinarId}/upload/**`, async (route) => {
      const request = route.request();
      if (request.method() === "HEAD") heads.push(offsets.length);
      if (request.method() === "PATCH") {
        const offset = Number(request.headers()["upload-offset"]);
        offsets.push(offset);
        if (!dropped && offset >= size / 2) {
          dropped = true;
          await route.abort("connectionreset");
          return;
        }
      }
      await route.continue();
    });

    await page.getByLabel(t.video.file, { exact: true }).setInputFiles(video);
    await page.getByRole("button", { name: t.video.upload }).click();
    await expect(page.getByTestId("upload-state").getByText(t.video.uploaded)).toBeVisible({ timeout: 60_000 });

    expect(dropped).toBe(true);
    // The browser logs the connection this test cut; that one is expected, nothing else is.
    const cutLog = browserProblems.findIndex((problem) => problem.includes(`/upload/`) && problem.includes("ERR_CONNECTION_RESET"));
    expect(cutLog).toBeGreaterThanOrEqual(0);
    browserProblems.splice(cutLog, 1);
    const cut = offsets.findIndex((offset) => offset >= size / 2);
    // After the drop the client asked the server how much had arrived (HEAD) and went on from there:
    // the same offset again, never back to the start, every byte sent once more at most for that chunk.
    expect(heads.some((at) => at > cut)).toBe(true);
    expect(offsets[cut + 1]).toBe(offsets[cut]);
    expect(offsets.slice(cut + 1).every((offset) => offset >= offsets[cut]!)).toBe(true);
    expect(offsets.filter((offset) => offset === 0)).toHaveLength(1);

    // The whole file arrived: it transcodes to the full duration.
    await expect(page.getByTestId("video-state")).toContainText(t.video.ready.split("{{")[0]!.trim(), { timeout: 60_000 });
    const webinar = await db.webinar.findUniqueOrThrow({ where: { id: webinarId } });
    expect(webinar.durationSeconds).toBeCloseTo(4, 0);
  });

  test(`${lng}: the upload endpoint takes only a trainer's same-site requests within the size cap`, async ({ page, browser }) => {
    await logIn(page, lng, "trainer@example.com");
    const webinarId = await newWebinar(page, lng, `Upload guard ${lng} ${Date.now().toString(36)}`);
    const endpoint = `/${lng}/trainer/webinars/${webinarId}/upload`;
    const tus = { "Tus-Resumable": "1.0.0", "Upload-Metadata": `filename ${Buffer.from("talk.mp4").toString("base64")}` };

    const tooLarge = await page.request.post(endpoint, { headers: { ...tus, "Upload-Length": String(20 * 1024 ** 3) }, maxRedirects: 0 });
    expect(tooLarge.status()).toBe(413);
    expect(await tooLarge.text()).toBe(t.video.tooLarge.replace("{{gigabytes}}", "8"));

    const wrongType = await page.request.post(endpoint, {
      headers: { ...tus, "Upload-Metadata": `filename ${Buffer.from("slides.pdf").toString("base64")}`, "Upload-Length": "1000" },
      maxRedirects: 0,
    });
    expect(wrongType.status()).toBe(415);
    expect(await wrongType.text()).toBe(t.video.wrongType);

    const crossSite = await page.request.post(endpoint, { headers: { ...tus, "Upload-Length": "1000", Origin: "https://elsewhere.example" }, maxRedirects: 0 });
    expect(crossSite.status()).toBe(403);

    const created = await page.request.post(endpoint, { headers: { ...tus, "Upload-Length": "1000" }, maxRedirects: 0 });
    expect(created.status()).toBe(201);
    const location = created.headers()["location"]!;
    // A chunk over the 1 MB request cap is refused before anything reads it.
    const bigChunk = await page.request.patch(location, {
      headers: { "Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream" },
      data: Buffer.alloc(1024 * 1024 + 1),
      maxRedirects: 0,
    });
    expect(bigChunk.status()).toBe(413);

    // Signed out, or signed in as a learner: no upload, not even a look at one.
    const stranger = await browser.newContext();
    const anonymous = await stranger.request.post(`http://localhost:${process.env.E2E_PORT ?? 3100}${endpoint}`, { headers: { ...tus, "Upload-Length": "1000" }, maxRedirects: 0 });
    expect(anonymous.status()).toBeGreaterThanOrEqual(300);
    expect(anonymous.status()).not.toBe(201);
    const learnerPage = await stranger.newPage();
    await logIn(learnerPage, lng, "learner@example.com");
    const learner = await learnerPage.request.post(endpoint, { headers: { ...tus, "Upload-Length": "1000" }, maxRedirects: 0 });
    expect(learner.status()).toBe(403);
    const peek = await learnerPage.request.head(location, { headers: { "Tus-Resumable": "1.0.0" }, maxRedirects: 0 });
    expect(peek.status()).toBe(403);
    await stranger.close();
  });
}
