// Typing into a page while it is still hydrating (a slow phone opening the
// sign-up form) must neither break the page nor lose what was typed. React 18
// hydrates synchronously on such a keystroke, and Remix's first render
// suspends while it decodes the page's data: before the app let that data be
// decoded ahead of hydration (platform/shell/decode-page-data.ts), about half
// of these loads ended in "Root did not complete" and a page that never
// became interactive.
import { LANGUAGES, strings } from "./support";
import { expect, test } from "./test";

const LOADS = 4;

for (const lng of LANGUAGES) {
  test(`${lng}: typing into the sign-up form while a slow phone hydrates it keeps the text and the page works`, async ({ page, context }) => {
    const t = strings(lng);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 8 });
    for (let load = 0; load < LOADS; load += 1) {
      await page.goto(`/${lng}/join`, { waitUntil: "commit" });
      const name = page.getByLabel(t.auth.fields.name);
      await name.pressSequentially("张伟 Zhang", { delay: 5 });
      await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 30_000 });
      await expect(name).toHaveValue("张伟 Zhang");
      // One page, not the server's copy with React's beside it.
      await expect(page.locator("main")).toHaveCount(1);
    }
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    // Hydrated, the form is React's: an empty submit is answered in place.
    await page.getByRole("button", { name: t.auth.join.submit }).click();
    await expect(page.locator("#email-error")).toHaveText(t.validation.required);
  });
}
