// What each route makes a browser download: compressed JavaScript and CSS,
// and the total page weight without the video itself, measured in Chromium
// (so lazily loaded chunks such as video.js count where they load).
import { chromium } from "@playwright/test";
import { chromiumPath } from "../chromium-path.mjs";

export type RouteWeight = { route: string; path: string; jsBytes: number; cssBytes: number; totalBytes: number; requests: number; loadsVideoJs: boolean };

/** video.js is the chunk Rollup names after its module file, video.es.js. */
const VIDEO_JS_CHUNK = /\/assets\/video\.es-[\w-]+\.js$/;
const VIDEO_FILE = /\.(webm|mp4)(\?|$)/;

export async function weighRoutes(baseUrl: string, routes: readonly { route: string; path: string }[]): Promise<RouteWeight[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const weights: RouteWeight[] = [];
    for (const { route, path } of routes) {
      const context = await browser.newContext({ baseURL: baseUrl });
      const page = await context.newPage();
      const transfers: Promise<{ url: string; type: string; bytes: number }>[] = [];
      page.on("requestfinished", (request) => {
        transfers.push(request.sizes().then((sizes) => ({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize })));
      });
      const response = await page.goto(path, { waitUntil: "networkidle" });
      if (!response?.ok()) throw new Error(`${path} answered ${response?.status()}`);
      // A page with a player loads video.js after hydration; give it the time to.
      if (await page.locator("video").count()) await page.locator(".video-js").first().waitFor({ timeout: 15_000 });
      await page.waitForLoadState("networkidle");
      const loaded = await Promise.all(transfers);
      const withoutVideo = loaded.filter((transfer) => transfer.type !== "media" && !VIDEO_FILE.test(transfer.url));
      const sum = (items: { bytes: number }[]) => items.reduce((total, item) => total + item.bytes, 0);
      weights.push({
        route,
        path,
        jsBytes: sum(withoutVideo.filter((transfer) => transfer.type === "script")),
        cssBytes: sum(withoutVideo.filter((transfer) => transfer.type === "stylesheet")),
        totalBytes: sum(withoutVideo),
        requests: withoutVideo.length,
        loadsVideoJs: loaded.some((transfer) => VIDEO_JS_CHUNK.test(transfer.url)),
      });
      await context.close();
    }
    return weights;
  } finally {
    await browser.close();
  }
}
