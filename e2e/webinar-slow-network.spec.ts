import { expect, test } from "./test";
import { db } from "./fixtures";
import { LANGUAGES, waitForHydration } from "./support";

const SLUG = "ecommerce-safe-products";
const KBIT = 1000 / 8;

for (const lng of LANGUAGES) {
  test(`${lng}: on a 400 kbit/s connection the webinar starts within 5 s on the lowest rendition`, async ({ page, context }) => {
    test.setTimeout(150_000);
    const webinar = await db.webinar.findUniqueOrThrow({ where: { slug: SLUG } });
    // The file-based webinar is transcoded by the job the content sync queued.
    await expect.poll(async () => (await db.job.findFirst({ where: { kind: "webinar.transcode", targetId: webinar.id } }))?.state, { timeout: 100_000 }).toBe("done");

    // Chromium's own network emulation (as DevTools throttling): 400 kbit/s down, 200 kbit/s up, 150 ms latency.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 400 * KBIT, uploadThroughput: 200 * KBIT });

    const segments: string[] = [];
    page.on("request", (request) => {
      const match = /\/(\d+p)\/segment-\d+\.ts$/.exec(request.url());
      if (match) segments.push(match[1]!);
    });
    await page.goto(`/${lng}/webinars/${SLUG}`, { timeout: 60_000 });
    await waitForHydration(page);
    const started = await page.locator("video").evaluate(
      (v: HTMLVideoElement) =>
        new Promise<number>((resolve) => {
          const from = performance.now();
          v.addEventListener("playing", () => resolve(performance.now() - from), { once: true });
          v.muted = true;
          void v.play();
        }),
    );
    test.info().annotations.push({ type: "start", description: `playing ${Math.round(started)} ms after play on 400 kbit/s` });
    expect(started).toBeLessThan(5_000);
    expect(segments[0]).toBe("360p");
  });
}
