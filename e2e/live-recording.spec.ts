// Live webinars, after the broadcast: the ingest's recording becomes a
// recorded webinar. ffmpeg pushes a short test stream over RTMP; the host
// pushes a graded and a counted poll during it; the stream ends; nginx-rtmp
// reports the recording, the app makes a draft recorded webinar and
// transcodes it (progress to 100 % on the host's page); the host opens the
// draft, sees the graded poll as a checkpoint and publishes it; a learner
// plays the recorded webinar and is stopped at the poll's moment.
import { expect, test, type Page } from "./test";
import { db } from "./fixtures";
import { pushTestStream } from "./live-ingest";
import { createLiveWebinar } from "./live-fixtures";
import { LANGUAGES, expectAccessible, logIn, signUp, strings, uniqueEmail, waitForHydration } from "./support";

test.describe.configure({ mode: "serial" });


async function video(page: Page, script: string) {
  return page.locator("video").evaluate((element, code) => new Function("v", code)(element), script);
}

async function pushPollFromPanel(host: Page, lng: (typeof LANGUAGES)[number], poll: { prompt: string; choices: string[]; correct: string }) {
  const t = strings(lng).live.polls;
  await host.getByLabel(t.fields.prompt, { exact: true }).fill(poll.prompt);
  await host.getByLabel(t.fields.choices, { exact: true }).fill(poll.choices.join("\n"));
  await host.getByLabel(t.fields.correct, { exact: true }).fill(poll.correct);
  await host.getByRole("button", { name: t.push }).click();
  await expect(host.getByTestId("host-poll").filter({ hasText: poll.prompt })).toBeVisible();
}

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: the recording of a live webinar is transcoded, published by the host, and stops a learner at the live poll`, async ({ page, browser }) => {
    test.setTimeout(360_000);
    const live = await createLiveWebinar({ startsInMinutes: 1, registrationRequired: false });
    const host = await (await browser.newContext()).newPage();
    await logIn(host, lng, "trainer@example.com");
    await host.goto(`/${lng}/trainer/live/${live.id}`);
    await waitForHydration(host);
    await expect(host.getByTestId("live-recordings")).toHaveCount(0);

    const graded = lng === "zh" ? { prompt: "儿童产品证书由谁出具？", choices: ["检测实验室", "进口商或国内制造商"], correct: "2" } : { prompt: "Who issues the Children's Product Certificate?", choices: ["The testing laboratory", "The importer or domestic manufacturer"], correct: "2" };
    const counted = lng === "zh" ? { prompt: "您来自哪个城市？", choices: ["宁波", "广州"], correct: "" } : { prompt: "Which city are you in?", choices: ["Ningbo", "Guangzhou"], correct: "" };

    const stream = pushTestStream(live.streamKey, 60);
    try {
      await expect.poll(async () => (await db.liveWebinar.findUniqueOrThrow({ where: { id: live.id } })).status, { timeout: 20_000 }).toBe("live");
      // Some seconds into the broadcast, so the checkpoint is not at the very start of the recording.
      await host.waitForTimeout(4_000);
      await pushPollFromPanel(host, lng, graded);
      // The panel's form starts afresh once the first push is answered; only then is the next one typed.
      await expect(host.getByLabel(t.live.polls.fields.prompt, { exact: true })).toHaveValue("");
      await pushPollFromPanel(host, lng, counted);
      await host.waitForTimeout(3_000);
    } finally {
      await stream.stop();
    }
    const startedAt = (await db.liveWebinar.findUniqueOrThrow({ where: { id: live.id } })).liveStartedAt!;
    const poll = await db.livePoll.findFirstOrThrow({ where: { webinarId: live.id, prompt: graded.prompt } });
    const expectedAt = (startedAt.getTime() / 1000 + poll.secondsIntoLive!) | 0;

    // The host's page picks up the recording by itself and shows the transcode until it is done.
    const recording = host.getByTestId("live-recording");
    await expect(recording).toBeVisible({ timeout: 30_000 });
    await expect(recording.getByTestId("video-state")).toContainText(t.webinarAdmin.video.ready.split("{{")[0]!.trim(), { timeout: 240_000 });
    const draft = await db.liveRecording.findFirstOrThrow({ where: { liveWebinarId: live.id } });
    const job = await db.job.findFirstOrThrow({ where: { kind: "webinar.transcode", targetId: draft.webinarId } });
    expect(job).toMatchObject({ state: "done", progress: 1 });
    await expect(recording.getByTestId("recording-checkpoints")).toHaveText(t.live.recording.checkpoints.replace("{{count}}", "1"));
    await expect(recording.getByTestId("recording-left-out")).toContainText(t.live.recording.leftOutItem.replace("{{prompt}}", counted.prompt).replace("{{reason}}", t.live.recording.leftOut.counted));
    await expectAccessible(host);
    await host.screenshot({ path: `screenshots/live-recording-host-${lng}.png`, fullPage: true });
    await host.setViewportSize({ width: 390, height: 844 });
    await host.screenshot({ path: `screenshots/live-recording-host-${lng}-phone.png`, fullPage: true });
    await host.setViewportSize({ width: 1280, height: 800 });

    // The draft: the live webinar's details, the graded poll as a checkpoint at its moment in the recording; the host publishes it.
    await recording.getByRole("link", { name: t.live.recording.review }).click();
    await waitForHydration(host);
    const webinar = await db.webinar.findUniqueOrThrow({ where: { id: draft.webinarId } });
    expect(webinar).toMatchObject({ titleZh: live.titleZh, titleEn: live.titleEn, descriptionZh: live.descriptionZh, category: live.category, published: false });
    const [checkpoint] = JSON.parse(webinar.checkpoints) as { at: number; question: { prompt: { zh: string; en: string } } }[];
    expect(checkpoint!.question.prompt[lng]).toBe(graded.prompt);
    expect(Math.abs(checkpoint!.at - (expectedAt - draft.startedAt.getTime() / 1000))).toBeLessThanOrEqual(1);
    expect(checkpoint!.at).toBeGreaterThanOrEqual(3);
    expect(checkpoint!.at).toBeLessThan(webinar.durationSeconds);
    await expect(host.getByText(graded.prompt)).toBeVisible();
    await host.getByRole("button", { name: t.webinarAdmin.edit.publish }).click();
    await expect(host.getByText(t.webinarAdmin.edit.saved.published)).toBeVisible();
    await host.goto(`/${lng}/trainer/live/${live.id}`);
    await expect(host.getByTestId("recording-review")).toHaveText(t.live.recording.published);

    // A learner plays the recorded webinar from the start and is stopped at the poll's moment.
    await signUp(page, lng, { email: uniqueEmail(`recording-${lng}`), name: lng === "zh" ? "周敏" : "Min Zhou" });
    await page.goto(`/${lng}/webinars`);
    await expect(page.locator(`a[href="/${lng}/webinars/${webinar.slug}"]`).first()).toBeVisible();
    await page.goto(`/${lng}/webinars/${webinar.slug}`);
    await waitForHydration(page);
    await expect.poll(() => video(page, "return v.readyState;"), { timeout: 20_000 }).toBeGreaterThan(0);
    await video(page, "v.muted = true; return v.play();");
    const dialog = page.getByTestId("checkpoint");
    await expect(dialog).toBeVisible({ timeout: 30_000 });
    await expect(dialog).toContainText(graded.prompt);
    expect(Math.abs(((await video(page, "return v.currentTime;")) as number) - checkpoint!.at)).toBeLessThan(1.5);
    expect(await video(page, "return v.paused;")).toBe(true);
    await dialog.getByLabel(graded.choices[1]!, { exact: true }).check();
    await dialog.getByRole("button", { name: t.webinars.player.checkpointSubmit }).click();
    await expect(dialog.getByText(t.webinars.player.checkpointRight)).toBeVisible();
    await expect(dialog).toContainText(t.live.recording.pollExplanation);
    await expectAccessible(page);
    await page.screenshot({ path: `screenshots/live-recording-learner-${lng}.png` });
  });
}
