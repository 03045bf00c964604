// Live webinars, part two: a real stream. ffmpeg pushes a test picture and a
// tone over RTMP to the ingest (nginx-rtmp, started for the whole run by
// e2e/global-setup.ts); the ingest asks the app about every publish, so a wrong or expired
// key is refused; a registered viewer waits for the host, sees the stream
// start by itself and play in Chromium with a live badge, and sees it end.
import { expect, test } from "./test";
import { db } from "./fixtures";
import { pushTestStream } from "./live-ingest";
import { createLiveWebinar } from "./live-fixtures";
import { LANGUAGES, expectAccessible, logIn, signUp, strings, uniqueEmail } from "./support";

test.describe.configure({ mode: "serial" });


test("the ingest refuses a wrong or expired stream key, and accepts the right one", async () => {
  const wrong = pushTestStream("0123456789abcdef0123456789abcdef", 10);
  expect(await wrong.exitCode).not.toBe(0);

  const past = await createLiveWebinar({ startsInMinutes: -6 * 60, minutes: 60 });
  const expired = pushTestStream(past.streamKey, 10);
  expect(await expired.exitCode).not.toBe(0);
  expect((await db.liveWebinar.findUniqueOrThrow({ where: { id: past.id } })).status).toBe("scheduled");

  const webinar = await createLiveWebinar();
  const right = pushTestStream(webinar.streamKey, 60);
  await expect.poll(async () => (await db.liveWebinar.findUniqueOrThrow({ where: { id: webinar.id } })).status, { timeout: 15_000 }).toBe("live");
  await right.stop();
  await expect.poll(async () => (await db.liveWebinar.findUniqueOrThrow({ where: { id: webinar.id } })).status, { timeout: 15_000 }).toBe("ended");
});

test("the playback URL is signed: without its signature, or with another webinar's, the media server refuses it", async ({ page, browser }) => {
  const webinar = await createLiveWebinar({ registrationRequired: false });
  const other = await createLiveWebinar({ registrationRequired: false });
  await page.goto(`/en/live/${webinar.id}`);
  await expect(page.getByTestId("live-waiting")).toBeVisible();
  const stream = pushTestStream(webinar.streamKey, 60);
  try {
    await expect(page.getByTestId("live-badge")).toBeVisible({ timeout: 30_000 });
    // Played through Media Source Extensions (video.js's HLS engine), not handed to the browser as a URL.
    await expect.poll(() => page.evaluate(() => document.querySelector("video")?.currentSrc ?? "")).toMatch(/^blob:/);
    const signed = await fetchSignedUrl(browser, `/en/live/${webinar.id}`);
    expect((await fetch(signed)).status).toBe(200);
    expect((await fetch(signed.replace(/\/hls\/[^/]+\//, "/hls/AAAAAAAAAAAAAAAAAAAAAA/"))).status).toBe(403);
    expect((await fetch(signed.replace(webinar.id, other.id))).status).toBe(403);
    expect(signed).not.toContain(webinar.streamKey);
  } finally {
    await stream.stop();
  }
});

/** The playback URL a page hands to its player, read from the loader data Remix puts in the page. */
async function fetchSignedUrl(browser: import("@playwright/test").Browser, path: string): Promise<string> {
  const context = await browser.newContext();
  const response = await context.request.get(path);
  const html = await response.text();
  await context.close();
  const match = /https?:\/\/[^"\\]+\/index\.m3u8/.exec(html);
  return match![0];
}

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: a registered viewer waits for the host, the stream starts by itself and plays, then ends`, async ({ page, browser }) => {
    // The recording's transcode (live-recording.spec.ts) now starts in the app when the stream ends, while this test reads attendance;
    // a two-minute flow on a busy machine.
    test.setTimeout(180_000);
    const webinar = await createLiveWebinar({ startsInMinutes: 1 });
    // A visitor who has not registered gets no stream.
    const visitor = await browser.newPage();
    await visitor.goto(`/${lng}/live/${webinar.id}`);
    await expect(visitor.getByTestId("register-to-watch")).toHaveText(t.live.watch.registerFirst);
    expect(await visitor.content()).not.toContain("index.m3u8");
    await visitor.close();

    const email = uniqueEmail(`watch-${lng}`);
    const name = lng === "zh" ? "吴芳" : "Fay Wu";
    await signUp(page, lng, { email, name });
    await page.goto(`/${lng}/live/${webinar.id}`);
    await page.getByRole("button", { name: t.live.register.submit, exact: true }).click();
    await expect(page.getByTestId("registered-as")).toBeVisible();
    await expect(page.getByTestId("live-waiting")).toHaveText(t.live.watch.waiting);
    await expectAccessible(page);

    const stream = pushTestStream(webinar.streamKey, 120);
    try {
      // No reload: the page notices the broadcast and starts the player.
      await expect(page.getByTestId("live-badge")).toHaveText(t.live.watch.liveBadge, { timeout: 40_000 });
      await expect(page.getByTestId("live-status")).toHaveText(t.live.status.live);
      await expect
        .poll(() => page.evaluate(() => document.querySelector("video")?.currentTime ?? 0), { message: "the video plays", timeout: 30_000 })
        .toBeGreaterThan(2);
      const playing = await page.evaluate(() => {
        const video = document.querySelector("video")!;
        const behindLiveEdge = video.seekable.length ? video.seekable.end(video.seekable.length - 1) - video.currentTime : Number.NaN;
        return { paused: video.paused, width: video.videoWidth, behindLiveEdge, audioTracks: (video as HTMLVideoElement & { webkitAudioDecodedByteCount?: number }).webkitAudioDecodedByteCount ?? 0 };
      });
      expect(playing.paused).toBe(false);
      expect(playing.width).toBe(426);
      expect(playing.behindLiveEdge).toBeLessThan(15);
      expect(playing.audioTracks).toBeGreaterThan(0);
      await page.screenshot({ path: `screenshots/live-playing-${lng}.png` });
      await expectAccessible(page);
    } finally {
      await stream.stop();
    }
    await expect(page.getByTestId("live-ended")).toHaveText(t.live.watch.ended, { timeout: 20_000 });
    await expect(page.getByTestId("live-status")).toHaveText(t.live.status.ended);
    expect((await db.liveWebinar.findUniqueOrThrow({ where: { id: webinar.id } })).liveEndedAt).not.toBeNull();

    // Attendance, from the player's heartbeats: the viewer's time watched, on the host's report and in its CSV.
    const host = await (await browser.newContext()).newPage();
    await logIn(host, lng, "trainer@example.com");
    await host.goto(`/${lng}/trainer/live/${webinar.id}`);
    await host.getByRole("link", { name: t.live.trainer.attendance }).click();
    const row = host.getByTestId("attendance-row").filter({ hasText: email });
    await expect(row).toContainText(name);
    const watched = (await row.getByTestId("watched").textContent()) ?? "";
    const [minutes, seconds] = watched.split(":").map(Number);
    expect(minutes! * 60 + seconds!).toBeGreaterThanOrEqual(5);
    expect(minutes! * 60 + seconds!).toBeLessThanOrEqual(120);
    await expectAccessible(host);
    const csv = await (await host.request.get(`/${lng}/trainer/live/${webinar.id}/attendance.csv`)).text();
    expect(csv).toContain(email);
    expect(csv.split("\r\n")[0]).toContain(t.live.attendance.csvColumns.minutes);
  });
}
