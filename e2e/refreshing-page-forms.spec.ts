// A page that refreshes its data by itself (a transcode's progress) must not
// throw away a rejected form: refreshing clears the action's answer, and with
// it the errors and what the trainer typed. It waits while they show, and goes
// on once the form is sent again and saved.
import type { Page, Request } from "@playwright/test";
import { db } from "./fixtures";
import { LANGUAGES, logIn, strings, waitForHydration } from "./support";
import { expect, test } from "./test";

/** The page's own data refreshes (`….data` GETs) made while `during` runs. */
async function refreshesDuring(page: Page, during: () => Promise<void>): Promise<number> {
  let count = 0;
  const counted = (request: Request) => {
    if (request.method() === "GET" && new URL(request.url()).pathname.endsWith(".data")) count += 1;
  };
  page.on("request", counted);
  try {
    await during();
  } finally {
    page.off("request", counted);
  }
  return count;
}

for (const lng of LANGUAGES) {
  test(`${lng}: while a transcode's progress refreshes the webinar editor, a rejected form keeps its errors and typed values until it is sent again`, async ({ page }) => {
    const t = strings(lng);
    const f = t.webinarAdmin.form.fields;
    const stamp = `${lng}-${Date.now().toString(36)}`;
    await logIn(page, lng, "trainer@example.com");
    await page.goto(`/${lng}/trainer/webinars/new`);
    await waitForHydration(page);
    await page.getByLabel(f.titleZh, { exact: true }).fill(`刷新测试 ${stamp}`);
    await page.getByLabel(f.titleEn, { exact: true }).fill(`Refresh test ${stamp}`);
    await page.getByLabel(f.descriptionZh, { exact: true }).fill("刷新测试。");
    await page.getByLabel(f.descriptionEn, { exact: true }).fill("A refresh test.");
    await page.getByLabel(f.recordedOn, { exact: true }).fill("2026-11-26");
    await page.getByRole("button", { name: t.webinarAdmin.form.create }).click();
    await expect(page.getByText(t.webinarAdmin.edit.saved.created)).toBeVisible();

    // The uploaded video is being transcoded (a job some worker holds for the next hour): the page refreshes its progress.
    const webinar = await db.webinar.findFirstOrThrow({ where: { titleEn: `Refresh test ${stamp}` } });
    const inAnHour = new Date(Date.now() + 3_600_000);
    await db.job.create({ data: { kind: "webinar.transcode", targetType: "webinar", targetId: webinar.id, state: "running", runAt: new Date(), attempts: 1, lockedBy: "another-worker", lockedUntil: inAnHour, progress: 0.3 } });
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByTestId("video-state")).toContainText(t.webinarAdmin.video.transcoding.split("{{")[0]!.trim());
    expect(await refreshesDuring(page, () => page.waitForTimeout(3_500))).toBeGreaterThan(0);

    // A required title emptied: refused, with the error by the field and the other changes kept, for as long as it shows.
    const titleZh = page.getByLabel(f.titleZh, { exact: true });
    const descriptionEn = page.getByLabel(f.descriptionEn, { exact: true });
    await titleZh.fill("");
    await descriptionEn.fill("Typed before the refusal.");
    await page.getByRole("button", { name: t.webinarAdmin.form.save }).click();
    await expect(titleZh).toHaveAccessibleDescription(t.validation.required);
    const refreshes = await refreshesDuring(page, () => page.waitForTimeout(4_500));
    expect(refreshes).toBe(0);
    await expect(titleZh).toHaveAccessibleDescription(t.validation.required);
    await expect(descriptionEn).toHaveValue("Typed before the refusal.");

    // Sent again and saved: the progress refreshes again.
    await titleZh.fill(`刷新测试 ${stamp}`);
    await page.getByRole("button", { name: t.webinarAdmin.form.save }).click();
    await expect(page.getByText(t.webinarAdmin.edit.saved.updated)).toBeVisible();
    await expect(page.getByLabel(f.descriptionEn, { exact: true })).toHaveValue("Typed before the refusal.");
    expect(await refreshesDuring(page, () => page.waitForTimeout(3_500))).toBeGreaterThan(0);
  });
}
