// Live webinars, part one: a trainer schedules one (bad input refused next to
// the field, nothing typed lost), it is listed under "Upcoming live" with a
// countdown, Beijing time and the viewer's own zone; a learner registers and
// gets the confirmation mail with a calendar file and a personal join link
// that opens the webinar for them without signing in.
import { expect, test, type Page } from "./test";
import { db, mailTo } from "./fixtures";
import { LANGUAGES, expectAccessible, logIn, signUp, strings, uniqueEmail, type Lng } from "./support";

type Fields = ReturnType<typeof strings>["live"]["form"]["fields"];

async function fillLiveForm(page: Page, lng: Lng, values: Partial<Record<keyof Fields, string>>) {
  const fields = strings(lng).live.form.fields;
  for (const [name, value] of Object.entries(values) as [keyof Fields, string][]) {
    const field = page.getByLabel(fields[name], { exact: true });
    if (name === "category") await field.selectOption(value);
    else await field.fill(value);
  }
}

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: the seeded live webinar is listed under Upcoming live, with a countdown and Beijing time`, async ({ page }) => {
    await page.goto(`/${lng}/webinars`);
    await expect(page.getByRole("heading", { name: t.live.list.title })).toBeVisible();
    const card = page.getByTestId("live-card").filter({ hasText: lng === "zh" ? "第三方检测与儿童产品证书" : "Third-Party Testing" });
    // 2027-03-10 19:00 Beijing time.
    await expect(card.getByTestId("beijing-time")).toContainText("19:00–20:00");
    await expect(card.getByTestId("countdown")).toContainText(lng === "zh" ? "距开始还有" : "Starts in");
    await expectAccessible(page);
  });

  test.describe(() => {
    test.use({ timezoneId: "America/New_York" });

    test(`${lng}: a trainer schedules a live webinar, a learner registers and joins with the mailed link`, async ({ page, browser }) => {
      // Three browsers and a mail waited for: a long flow, given room on a busy machine.
      test.slow();
      const title = { zh: `直播：阻燃要求 ${Date.now()}`, en: `Live: flammability ${Date.now()}` };
      await logIn(page, lng, "trainer@example.com");
      await page.goto(`/${lng}/trainer/live/new`);
      // Bad input: nothing filled but one title, a start in the past.
      await fillLiveForm(page, lng, { titleZh: title.zh, startsAt: "2020-01-01T10:00", endsAt: "2020-01-01T09:00", capacity: "0" });
      await page.getByRole("button", { name: t.live.form.create }).click();
      await expect(page.getByRole("alert").filter({ hasText: t.validation.formHasErrors })).toBeVisible();
      await expect(page.getByLabel(t.live.form.fields.titleEn, { exact: true })).toHaveAccessibleDescription(t.validation.required);
      await expect(page.getByLabel(t.live.form.fields.startsAt, { exact: true })).toHaveAccessibleDescription(t.validation.startInPast);
      await expect(page.getByLabel(t.live.form.fields.endsAt, { exact: true })).toHaveAccessibleDescription(t.validation.endBeforeStart);
      await expect(page.getByLabel(t.live.form.fields.capacity, { exact: true })).toHaveAccessibleDescription(new RegExp(t.validation.capacityMin));
      await expect(page.getByLabel(t.live.form.fields.titleZh, { exact: true })).toHaveValue(title.zh);
      await expectAccessible(page);

      await fillLiveForm(page, lng, {
        titleEn: title.en,
        descriptionZh: "讲解儿童睡衣的阻燃要求。",
        descriptionEn: "The flammability requirements for children's sleepwear.",
        speakers: "Alex Chen — Product Safety Training",
        category: "apparel",
        // 20:00 Beijing time is 07:00 in New York on that day (EST).
        startsAt: "2027-11-20T20:00",
        endsAt: "2027-11-20T21:00",
        capacity: "",
      });
      await page.getByRole("button", { name: t.live.form.create }).click();
      await expect(page.getByText(t.live.trainer.created)).toBeVisible();
      await expect(page.getByRole("heading", { level: 1 })).toContainText(lng === "zh" ? title.zh : title.en);
      await expect(page.getByTestId("stream-key")).toHaveText(/^[0-9a-f]{32}$/);
      const webinar = await db.liveWebinar.findFirstOrThrow({ where: { titleEn: title.en } });
      expect(webinar.startsAt.toISOString()).toBe("2027-11-20T12:00:00.000Z");
      await expect(page.getByTestId("stream-key")).toHaveText(webinar.streamKey);
      await expectAccessible(page);

      // A learner in New York sees it listed with Beijing time and their own.
      const learner = await (await browser.newContext({ timezoneId: "America/New_York" })).newPage();
      const email = uniqueEmail(`live-${lng}`);
      await signUp(learner, lng, { email, name: lng === "zh" ? "周婷" : "Tina Zhou" });
      await learner.goto(`/${lng}/webinars`);
      const card = learner.getByTestId("live-card").filter({ hasText: lng === "zh" ? title.zh : title.en });
      await expect(card.getByTestId("beijing-time")).toContainText("20:00–21:00");
      await expect(card.getByTestId("viewer-time")).toContainText("07:00–08:00");
      await expect(card.getByTestId("countdown")).toContainText(lng === "zh" ? "距开始还有" : "Starts in");
      await card.getByRole("link").click();
      await learner.getByRole("button", { name: t.live.register.submit, exact: true }).click();
      await expect(learner.getByTestId("registered-as")).toBeVisible();
      await expectAccessible(learner);

      // The trainer's page counts the registration.
      await page.reload();
      await expect(page.getByTestId("registered-count")).toHaveText(t.live.trainer.registeredCount.replace("{{count}}", "1"));

      // The mail: in the learner's language, with a calendar file and the personal join link.
      const mail = await mailTo(email, t.live.mail.registered.subject.replace("{{title}}", lng === "zh" ? title.zh : title.en));
      const ics = mail.attachments.find((attachment) => attachment.contentType.startsWith("text/calendar"));
      expect(ics?.content.toString()).toContain("DTSTART:20271120T120000Z");
      const joinLink = /https?:\/\/\S+\/live\/\S+\?join=\S+/.exec(mail.text ?? "")?.[0];
      expect(joinLink).toBeTruthy();
      const stranger = await (await browser.newContext()).newPage();
      await stranger.goto(new URL(joinLink!).pathname + new URL(joinLink!).search);
      await expect(stranger.getByTestId("registered-as")).toContainText(lng === "zh" ? "周婷" : "Tina Zhou");
      // A forged link is just the public page.
      await stranger.goto(`/${lng}/live/${webinar.id}?join=${encodeURIComponent(new URL(joinLink!).searchParams.get("join")!.slice(0, -2))}xx`);
      await expect(stranger.getByRole("link", { name: t.live.register.signIn })).toBeVisible();
      await expect(stranger.getByTestId("registered-as")).toHaveCount(0);
    });
  });
}
