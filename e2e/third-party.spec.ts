import { expect, test } from "@playwright/test";
import { LANGUAGES } from "./support";

const PAGES = ["", "/login", "/join", "/no-such-page", "/courses", "/courses/toy-safety-us", "/courses/toy-safety-us/lead-and-phthalates?view=parallel", "/trainings", "/webinars", "/webinars/ecommerce-safe-products"];

for (const lng of LANGUAGES) {
  test(`${lng}: pages reference and request no host other than their own`, async ({ page, baseURL }) => {
    const ownHost = new URL(baseURL!).host;
    const foreign: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith("http") && url.host !== ownHost) foreign.push(request.url());
    });
    for (const path of PAGES) {
      await page.goto(`/${lng}${path}`);
      const html = await page.content();
      const absolute = [...html.matchAll(/(?:src|href|action|srcset)="((?:https?:)?\/\/[^"]+)"/g)].map((match) => match[1]!);
      expect(absolute.filter((url) => new URL(url, baseURL).host !== ownHost), `${lng}${path}`).toEqual([]);
    }
    expect(foreign).toEqual([]);
  });
}
