// Live webinars: certificates of attendance. The trainer sets the share of the
// broadcast a viewer must watch; the webinar goes live and ends through the
// ingest's own callbacks; viewers' players beat through the real heartbeat
// endpoint; after the end a job awards the certificate (and its mail) to the
// registrant who watched enough and to no one else.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "./test";
import { db, mailTo } from "./fixtures";
import { createLiveWebinar } from "./live-fixtures";
import { LANGUAGES, expectAccessible, logIn, signUp, strings, uniqueEmail } from "./support";

/** What nginx-rtmp sends: a form with the stream's name, to the callback URL carrying the shared secret. */
async function ingestCallback(baseURL: string, event: "live" | "publish-done", webinarId: string) {
  const response = await fetch(`${baseURL}/ingest/${event}?secret=${encodeURIComponent(process.env.LIVE_INGEST_SECRET!)}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ name: webinarId, app: "hls" }).toString(),
  });
  expect(response.status).toBe(200);
}

/** One beat of the player, as LivePlayer sends it, from the viewer's signed-in browser. */
async function heartbeat(page: Page, webinarId: string, playing: boolean) {
  const response = await page.request.post(`/live/${webinarId}/heartbeat`, { form: { playing: playing ? "1" : "0" } });
  expect(response.status()).toBe(204);
}

async function registeredViewer(page: Page, lng: "zh" | "en", webinarId: string, name: string) {
  const email = uniqueEmail(`attend-${lng}`);
  await signUp(page, lng, { email, name });
  await page.goto(`/${lng}/live/${webinarId}`);
  await page.getByRole("button", { name: strings(lng).live.register.submit, exact: true }).click();
  await expect(page.getByTestId("registered-as")).toBeVisible();
  // The beats below stand for the player's; with no ingest running here, the page's own player would only fail to load the stream.
  await page.goto(`/${lng}/webinars`);
  return email;
}

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: the trainer sets the share; a share out of range is refused next to the field`, async ({ page }) => {
    await logIn(page, lng, "trainer@example.com");
    await page.goto(`/${lng}/trainer/live/new`);
    const share = page.getByLabel(t.live.form.fields.attendanceShare, { exact: true });
    await expect(share).toHaveValue("50");
    await page.getByLabel(t.live.form.fields.titleZh, { exact: true }).fill("直播：参会证明");
    await share.fill("150");
    await page.getByRole("button", { name: t.live.form.create }).click();
    await expect(page.getByRole("alert").filter({ hasText: t.validation.formHasErrors })).toBeVisible();
    await expect(share).toHaveAccessibleDescription(new RegExp(t.validation.attendanceShareRange.replace(/[()]/g, "\\$&")));
    await expect(share).toHaveValue("150");
    await expect(page.getByLabel(t.live.form.fields.titleZh, { exact: true })).toHaveValue("直播：参会证明");
    await expectAccessible(page);

    const title = `${lng === "zh" ? "直播：参会证明" : "Live: attendance"} ${Date.now()}`;
    await page.getByLabel(t.live.form.fields.titleEn, { exact: true }).fill(title);
    await page.getByLabel(t.live.form.fields.descriptionZh, { exact: true }).fill("说明");
    await page.getByLabel(t.live.form.fields.descriptionEn, { exact: true }).fill("About");
    await page.getByLabel(t.live.form.fields.speakers, { exact: true }).fill("Alex Chen");
    await page.getByLabel(t.live.form.fields.startsAt, { exact: true }).fill("2027-11-20T20:00");
    await page.getByLabel(t.live.form.fields.endsAt, { exact: true }).fill("2027-11-20T21:00");
    await share.fill("75");
    await page.getByRole("button", { name: t.live.form.create }).click();
    await expect(page.getByText(t.live.trainer.created)).toBeVisible();
    expect((await db.liveWebinar.findFirstOrThrow({ where: { titleEn: title } })).attendanceShare).toBe(75);
  });

  test(`${lng}: after the end, who watched at least the share gets a certificate of attendance, who watched less does not`, async ({ page, browser, baseURL }) => {
    test.setTimeout(180_000); // two sign-ups, a broadcast of some seconds, and the award 20 s after its end
    const webinar = await createLiveWebinar({ startsInMinutes: 2 });
    const attendeeName = lng === "zh" ? "孙丽" : "Lily Sun";
    const attendee = await registeredViewer(page, lng, webinar.id, attendeeName);
    const brief = await (await browser.newContext()).newPage();
    const briefEmail = await registeredViewer(brief, lng, webinar.id, lng === "zh" ? "钱进" : "Jin Qian");

    await ingestCallback(baseURL!, "live", webinar.id);
    await heartbeat(page, webinar.id, true);
    await page.waitForTimeout(6_000);
    await heartbeat(page, webinar.id, true); // ~6 s watched
    await heartbeat(brief, webinar.id, true);
    await page.waitForTimeout(1_000);
    await heartbeat(brief, webinar.id, false); // ~1 s watched, then paused
    await page.waitForTimeout(1_000);
    await heartbeat(page, webinar.id, true); // ~7 s
    await ingestCallback(baseURL!, "publish-done", webinar.id); // ~8 s on air
    await ingestCallback(baseURL!, "publish-done", webinar.id); // reported twice: still one end
    await heartbeat(page, webinar.id, false); // the player's last beat after the end still counts

    const host = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await logIn(host, lng, "trainer@example.com");
    await host.goto(`/${lng}/trainer/live/${webinar.id}/attendance`);
    await expect(host.getByText(t.live.attendance.certificateRuleEnded.replace("{{share}}", "50"))).toBeVisible();
    const attendeeRow = host.getByTestId("attendance-row").filter({ hasText: attendee });
    await expect(async () => {
      await host.reload();
      await expect(attendeeRow.getByTestId("certificate")).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/, { timeout: 1_000 });
    }).toPass({ timeout: 60_000 });
    await expect(host.getByTestId("attendance-row").filter({ hasText: briefEmail }).getByTestId("certificate")).toHaveText(t.live.attendance.noCertificate);
    await expectAccessible(host);
    await host.screenshot({ path: `screenshots/live-attendance-certificates-${lng}-desktop.png`, fullPage: true });
    await host.setViewportSize({ width: 390, height: 844 });
    await host.screenshot({ path: `screenshots/live-attendance-certificates-${lng}-phone.png`, fullPage: true });

    const number = (await attendeeRow.getByTestId("certificate").textContent())!;
    const certificates = await db.certificate.findMany({ where: { achievementType: "live", achievementId: webinar.id } });
    expect(certificates.map((row) => row.holderName)).toEqual([attendeeName]);

    // The holder's mail, the verification page and the PDF say attendance of a live webinar.
    const mail = await mailTo(attendee, t.certificates.mail.subject.replace("{{title}}", lng === "zh" ? webinar.titleZh : webinar.titleEn));
    expect(mail.text).toContain(number);
    expect(mail.text?.replace(/\s+/g, " ")).toMatch(lng === "zh" ? /感谢您参加网络研讨会直播/ : /Thank you for attending the live webinar/);
    await page.goto(`/${lng}/verify/${number}`);
    await expect(page.getByText(t.certificates.verify.valid, { exact: true })).toBeVisible();
    await expect(page.getByText(lng === "zh" ? webinar.titleZh : webinar.titleEn).first()).toBeVisible();
    await expect(page.getByText(t.certificates.kinds.live, { exact: true })).toBeVisible();
    await expect(page.getByTestId("minutes-attended")).toHaveText(t.certificates.pdf.minutesValue.replace("{{minutes}}", "0"));
    await expectAccessible(page);
    await page.screenshot({ path: `screenshots/live-certificate-verify-${lng}.png`, fullPage: true });
    const pdf = await page.request.get(`/certificates/${number}.pdf`);
    expect(pdf.status()).toBe(200);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "attendance-")), "certificate.pdf");
    fs.writeFileSync(file, await pdf.body());
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    for (const expected of ["参会证明", "Certificate of Attendance", "已参加网络研讨会直播", "has attended the live webinar", attendeeName, "观看时长", "Minutes attended", "0 分钟", "0 min"]) expect(text).toContain(expected);
  });
}
