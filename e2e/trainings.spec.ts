import { expect, test } from "./test";
import { createTrainingSession, mailTo } from "./fixtures";
import { register } from "./flows";
import { LANGUAGES, logIn, signUp, strings, uniqueEmail } from "./support";

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: unknown filter values never break the list`, async ({ page }) => {
    const response = await page.goto(`/${lng}/trainings?city=%3Cscript%3E&month=2027-13&category=weapons`);
    expect(response?.status()).toBe(200);
    await expect(page.getByText(t.trainings.list.empty)).toBeVisible();
    await page.goto(`/${lng}/trainings?month=2027-13&category=weapons`);
    await expect(page.getByText(t.trainings.list.empty)).toHaveCount(0);
    expect(await page.getByTestId("training-card").count()).toBeGreaterThanOrEqual(4);
  });

  test(`${lng}: the list shows upcoming sessions with seats, filters by city, and the page names the time zone`, async ({ page }) => {
    await page.goto(`/${lng}/trainings`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.trainings.list.title);
    const cards = page.getByTestId("training-card");
    expect(await cards.count()).toBeGreaterThanOrEqual(4);
    await page.getByLabel(t.trainings.list.city).selectOption("Guangzhou");
    await page.getByRole("button", { name: t.trainings.list.apply }).click();
    await expect(page.getByRole("list").filter({ has: page.getByTestId("training-card") }).first().getByTestId("training-card")).toHaveCount(1);
    await expect(cards.first()).toContainText(lng === "zh" ? "广州" : "Guangzhou");
    await cards.first().getByRole("link").click();
    await expect(page.getByTestId("when")).toContainText("09:30–16:30");
    await expect(page.getByTestId("time-zone-note")).toContainText(lng === "zh" ? "中国标准时间" : "China Standard Time");
  });

  test(`${lng}: register, get the mail with calendar and QR, cancel, and the waiting person is promoted`, async ({ page, browser }) => {
    const session = await createTrainingSession({ capacity: 1, trainerEmail: "trainer@example.com" });
    const first = uniqueEmail(`first-${lng}`);
    await signUp(page, lng, { email: first, name: lng === "zh" ? "赵敏" : "Ann Wu" });
    await register(page, lng, session.id);
    await expect(page.getByText(t.trainings.state.confirmed)).toBeVisible();
    await page.getByRole("link", { name: t.trainings.state.viewTicket }).click();
    const code = (await page.getByTestId("ticket-code").textContent())!.trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await expect(page.getByTestId("ticket").locator("svg")).toBeVisible();

    // Besides the mail that confirmed the address at sign-up:
    const confirmedSubject = t.trainings.mail.confirmed.subject.replace("{{title}}", lng === "zh" ? session.titleZh : session.titleEn);
    const confirmation = await mailTo(first, confirmedSubject);
    expect(confirmation?.text).toContain(code);
    const ics = confirmation?.attachments.find((attachment) => attachment.contentType.startsWith("text/calendar"));
    expect(ics?.content.toString()).toContain("DTSTART:20270914T010000Z");
    expect(confirmation?.attachments.some((attachment) => attachment.contentType === "image/png")).toBe(true);

    // A second person joins the waiting list.
    const secondContext = await browser.newContext();
    const second = await secondContext.newPage();
    const secondEmail = uniqueEmail(`second-${lng}`);
    await signUp(second, lng, { email: secondEmail, name: lng === "zh" ? "钱伟" : "Bo Li" });
    await second.goto(`/${lng}/trainings/${session.id}`);
    await expect(second.getByText(t.trainings.register.waitlistNote)).toBeVisible();
    await register(second, lng, session.id, "+1 202 555 0100");
    await expect(second.getByTestId("waitlist-position")).toHaveText(t.trainings.state.waitlisted.replace("{{position}}", "1"));
    const title = lng === "zh" ? session.titleZh : session.titleEn;
    expect((await mailTo(secondEmail, t.trainings.mail.waitlisted.subject.replace("{{title}}", title))).subject).toContain(lng === "zh" ? "候补" : "waiting list");
    const waitingTicket = await second.request.get(`/${lng}/trainings/${session.id}/ticket`);
    expect(waitingTicket.status()).toBe(200);

    // The first person cancels; the second is promoted and told so.
    await page.goto(`/${lng}/trainings/${session.id}`);
    await page.getByRole("button", { name: t.trainings.state.cancel }).click();
    await expect(page.getByText(t.trainings.state.cancelled)).toBeVisible();
    await second.reload();
    await expect(second.getByText(t.trainings.state.confirmed)).toBeVisible();
    await mailTo(secondEmail, t.trainings.mail.promoted.subject.replace("{{title}}", title));

    // The cancelled ticket is gone; nobody else's ticket is reachable.
    expect((await page.request.get(`/${lng}/trainings/${session.id}/ticket`)).status()).toBe(404);
    await secondContext.close();
  });

  test(`${lng}: a trainer checks someone in by code, a second scan says when, and exports the roster`, async ({ page, browser }) => {
    const session = await createTrainingSession({ capacity: 5, trainerEmail: "trainer@example.com" });
    const learnerContext = await browser.newContext();
    const learner = await learnerContext.newPage();
    const name = lng === "zh" ? "欧阳娜娜" : "Olivia Stone";
    await signUp(learner, lng, { email: uniqueEmail(`checkin-${lng}`), name });
    await register(learner, lng, session.id);
    await learner.goto(`/${lng}/trainings/${session.id}/ticket`);
    const code = (await learner.getByTestId("ticket-code").textContent())!.trim();
    await learnerContext.close();

    await logIn(page, lng, "trainer@example.com");
    await page.goto(`/${lng}/trainer/trainings/${session.id}`);
    await page.getByLabel(t.trainings.roster.code, { exact: true }).fill(code.toLowerCase().replace(/-/g, ""));
    await page.getByRole("button", { name: t.trainings.roster.checkIn, exact: true }).click();
    await expect(page.getByTestId("check-in-result")).toContainText(t.trainings.roster.checkedIn.split("{{time}}")[0]!.replace("{{name}}", name));
    const time = ((await page.getByTestId("check-in-result").textContent()) ?? "").match(/\d\d:\d\d/)?.[0];
    expect(time).toBeTruthy();

    await page.getByLabel(t.trainings.roster.code, { exact: true }).fill(code);
    await page.getByRole("button", { name: t.trainings.roster.checkIn, exact: true }).click();
    await expect(page.getByTestId("check-in-result")).toHaveText(t.trainings.roster.alreadyCheckedIn.replace("{{name}}", name).replace("{{time}}", time!));

    await page.getByLabel(t.trainings.roster.code, { exact: true }).fill("AAAA-BBBB-CCCC-DDDD");
    await page.getByRole("button", { name: t.trainings.roster.checkIn, exact: true }).click();
    await expect(page.getByTestId("check-in-result")).toHaveText(t.trainings.roster.unknownCode);

    await page.getByLabel(t.trainings.roster.search).fill(name.slice(0, 2));
    await page.getByRole("button", { name: t.trainings.roster.searchButton }).click();
    await expect(page.getByTestId("roster-row")).toHaveCount(1);

    const csv = await page.request.get(`/${lng}/trainer/trainings/${session.id}/roster.csv`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const bytes = await csv.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text).toContain(name);
    expect(text).toContain("宁波示例玩具有限公司");
    expect(text).toContain(t.trainings.attendance.present);

    await page.getByRole("link", { name: t.trainings.roster.signInSheet }).click();
    await expect(page.getByRole("cell", { name })).toBeVisible();
  });

  test(`${lng}: bad registration input gets localized errors and keeps what was typed`, async ({ page }) => {
    const session = await createTrainingSession({ capacity: 5 });
    await signUp(page, lng, { email: uniqueEmail(`badreg-${lng}`), name: lng === "zh" ? "孙磊" : "Dan Ray" });
    await page.goto(`/${lng}/trainings/${session.id}`);
    await page.getByLabel(t.trainings.register.company, { exact: true }).fill("义乌星光玩具厂");
    await page.getByLabel(t.trainings.register.phone, { exact: true }).fill("12345");
    await page.getByRole("button", { name: t.trainings.register.submit }).click();
    await expect(page.locator("#phone-error")).toHaveText(t.validation.phone);
    await expect(page.locator("#consent-error")).toHaveText(t.validation.consentRequired);
    await expect(page.locator("#interests-error")).toHaveText(t.validation.interestsRequired);
    await expect(page.getByLabel(t.trainings.register.company, { exact: true })).toHaveValue("义乌星光玩具厂");
    await expect(page.getByLabel(t.trainings.register.phone, { exact: true })).toHaveValue("12345");
  });

  test(`${lng}: registration after the deadline is refused, and trainer pages are closed to learners`, async ({ page }) => {
    const session = await createTrainingSession({ capacity: 5, deadlineInPast: true });
    await logIn(page, lng, "learner@example.com");
    await page.goto(`/${lng}/trainings/${session.id}`);
    await expect(page.getByTestId("registration-closed")).toHaveText(t.trainings.register.refused.deadlinePassed);
    const forced = await page.request.post(`/${lng}/trainings/${session.id}`, {
      form: { intent: "register", company: "X", jobRole: "buyer", phone: "13800138000", interests: "toys", consent: "yes" },
    });
    expect(forced.status()).toBe(409);
    expect(await forced.text()).toContain(t.trainings.register.refused.deadlinePassed);

    for (const url of [`/${lng}/trainer/trainings/${session.id}`, `/${lng}/trainer/trainings/${session.id}/roster.csv`, `/${lng}/trainer/trainings/${session.id}/sign-in-sheet`]) {
      expect((await page.request.get(url)).status(), url).toBe(403);
    }
    expect((await page.request.post(`/${lng}/trainer/trainings/${session.id}`, { form: { intent: "checkin", code: "x" } })).status()).toBe(403);
    expect((await page.request.get(`/${lng}/trainings/${session.id}/ticket`)).status()).toBe(404);
    expect((await page.request.get(`/${lng}/trainings/no-such-session`)).status()).toBe(404);
  });
}

test("a trainer who is not assigned to a session cannot open its roster", async ({ page }) => {
  const session = await createTrainingSession({ capacity: 5 });
  await logIn(page, "en", "trainer@example.com");
  expect((await page.request.get(`/en/trainer/trainings/${session.id}`)).status()).toBe(403);
  await page.context().clearCookies();
  await logIn(page, "en", "admin@example.com");
  expect((await page.request.get(`/en/trainer/trainings/${session.id}`)).status()).toBe(200);
});

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: on a phone, an unanswered checkbox group keeps small checkboxes, each outlined in red`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const session = await createTrainingSession({ capacity: 5 });
    await signUp(page, lng, { email: uniqueEmail(`boxes-${lng}`), name: lng === "zh" ? "孙丽" : "Li Sun" });
    await page.goto(`/${lng}/trainings/${session.id}`);
    await page.getByRole("button", { name: t.trainings.register.submit }).click();
    await expect(page.getByText(t.validation.interestsRequired)).toBeVisible();
    const toys = page.getByLabel(t.courses.categories.toys);
    const box = (await toys.boundingBox())!;
    expect(box.height).toBeLessThan(24);
    expect(box.width).toBeLessThan(24);
    expect(await toys.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe("solid");
  });
}
