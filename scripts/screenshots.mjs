// node scripts/screenshots.mjs [baseURL] [path ...]
// Full-page screenshots of pages in both languages at phone and desktop
// widths, into screenshots/, for looking at what a person sees. Signs in as
// the demo trainer first when LOGIN=trainer (or learner/admin) is set.
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { chromiumPath } from "./chromium-path.mjs";

const [baseURL = "http://localhost:3000", ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ["", "/login", "/join", "/no-such-page"];
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const executablePath = chromiumPath();

fs.mkdirSync("screenshots", { recursive: true });
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-background-networking"] });
for (const [device, viewport] of Object.entries(viewports)) {
  const context = await browser.newContext({ viewport, baseURL });
  const page = await context.newPage();
  if (process.env.LOGIN) {
    await page.goto("/en/login");
    await page.fill("#email", `${process.env.LOGIN}@example.com`);
    await page.fill("#password", process.env.SEED_PASSWORD ?? "training-demo");
    await Promise.all([page.waitForURL((url) => !url.pathname.endsWith("/login")), page.click("button[type=submit]")]);
  }
  for (const lng of ["zh", "en"]) {
    for (const path of pages) {
      await page.goto(`/${lng}${path}`);
      const name = `${lng}${path.replace(/[/?=&]+/g, "_") || "_home"}-${device}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: true });
      console.log(`screenshots/${name}`);
    }
  }
  await context.close();
}
await browser.close();
