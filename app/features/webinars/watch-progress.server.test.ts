import { describe, expect, it } from "vitest";
import { makeWebinar } from "~/features/reports/test-support/report-fixtures";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { getOrStartProgress, recordWatchReport } from "./watch-progress.server";
import { requireWebinar } from "./webinars.server";

let counter = 0;
async function watcher() {
  counter += 1;
  const row = await makeWebinar(`watch-${Date.now()}-${counter}`, 171, [], ["q1"]);
  const [webinar, user] = await Promise.all([requireWebinar(row.slug, "zh"), makeUser("learner")]);
  return { webinar, userId: user.id };
}

const after = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);
const playing = (intervals: [number, number][], position: number) => ({ intervals, position, playing: true });

describe("recording watch reports", () => {
  it("gives nothing for a page left open: a forged report after 84 s of idling counts only the start allowance", async () => {
    const { webinar, userId } = await watcher();
    const opened = new Date();
    await getOrStartProgress(userId, webinar.id);
    const { share } = await recordWatchReport(userId, webinar, playing([[0, 171]], 171), after(opened, 84));
    expect(share * 171).toBeCloseTo(5, 5);
    // Another forged report at once earns nothing more: reports alone earn no time.
    const again = await recordWatchReport(userId, webinar, playing([[0, 171]], 171), after(opened, 84.001));
    expect(again.share * 171).toBeLessThan(5.01);
  });

  it("counts real playing at 2x, across a pause, and nothing while paused", async () => {
    const { webinar, userId } = await watcher();
    const start = new Date();
    await recordWatchReport(userId, webinar, playing([], 0), start);
    expect((await recordWatchReport(userId, webinar, playing([[0, 20]], 20), after(start, 10))).share * 171).toBeCloseTo(20, 5);
    // Paused at 30 s of video (15 s of wall time): counted, and the pause stops the clock.
    const paused = await recordWatchReport(userId, webinar, { intervals: [[0, 30]], position: 30, playing: false }, after(start, 15));
    expect(paused.share * 171).toBeCloseTo(30, 5);
    // Ten minutes later the learner resumes; a report claiming more than was played since is cut to what playing allows.
    const resumed = after(start, 615);
    await recordWatchReport(userId, webinar, playing([[0, 30]], 30), resumed);
    const forged = await recordWatchReport(userId, webinar, playing([[0, 171]], 171), after(resumed, 10));
    expect(forged.share * 171).toBeCloseTo(30 + 20 + 5, 5);
  });

  it("keeps the stored position when a report has none (the player did not know it yet), and still counts its watching", async () => {
    const { webinar, userId } = await watcher();
    const start = new Date();
    await recordWatchReport(userId, webinar, playing([[0, 40]], 40), start);
    await recordWatchReport(userId, webinar, { intervals: [], playing: true }, after(start, 1));
    const { share } = await recordWatchReport(userId, webinar, { intervals: [[0, 10]], playing: true }, after(start, 11));
    const progress = await getOrStartProgress(userId, webinar.id);
    expect(progress.position).toBe(40);
    expect(share * 171).toBeGreaterThan(5);
  });

  it("spends an allowance once when two reports arrive together", async () => {
    const { webinar, userId } = await watcher();
    const start = new Date();
    await recordWatchReport(userId, webinar, playing([], 0), start);
    const at = after(start, 10);
    await Promise.all([recordWatchReport(userId, webinar, playing([[0, 100]], 100), at), recordWatchReport(userId, webinar, playing([[0, 100]], 100), at)]);
    const progress = await getOrStartProgress(userId, webinar.id);
    expect(progress.watchedSeconds).toBeCloseTo(25, 5);
  });
});
