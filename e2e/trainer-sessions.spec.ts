import { expect, test, type Page } from "./test";
import { newTicketCode } from "../app/features/trainings/ticket-code.server";
import { createTrainer, createTrainingSession, db, mailTo } from "./fixtures";
import { DEMO_PASSWORD, LANGUAGES, logIn, signUp, strings, uniqueEmail, type Lng } from "./support";

type Fields = ReturnType<typeof strings>["manage"]["sessionForm"]["fields"];

async function fillSessionForm(page: Page, lng: Lng, values: Partial<Record<keyof Fields, string>>) {
  const fields = strings(lng).manage.sessionForm.fields;
  for (const [name, value] of Object.entries(values) as [keyof Fields, string][]) {
    const field = page.getByLabel(fields[name], { exact: true });
    if (name === "category" || name === "timeZone") await field.selectOption(value);
    else await field.fill(value);
  }
}

const COMPLETE = {
  titleZh: "儿童服装阻燃要求培训",
  titleEn: "Children's sleepwear flammability",
  descriptionZh: "面向童装制造商的一天培训。",
  descriptionEn: "A one-day training for children's apparel makers.",
  cityZh: "宁波",
  cityEn: "Ningbo",
  venueZh: "宁波国际会议中心",
  venueEn: "Ningbo International Conference Center",
  addressZh: "宁波市鄞州区会展路181号",
  addressEn: "181 Huizhan Road, Yinzhou District, Ningbo",
  category: "apparel",
  startsAt: "2027-10-12T09:30",
  endsAt: "2027-10-12T16:30",
  registrationDeadline: "2027-10-05T18:00",
  capacity: "30",
};

async function csvText(page: Page, url: string): Promise<string> {
  const response = await page.request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const bytes = await response.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return bytes.toString("utf8");
}

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: a trainer creates a session, a learner registers, the trainer checks them in and exports the list`, async ({ page, browser }) => {
    // A trainer of the test's own: the overview lists a trainer's 20 soonest sessions, and other tests give the demo trainer many.
    const trainerEmail = uniqueEmail(`session-trainer-${lng}`);
    await createTrainer({ email: trainerEmail, name: lng === "zh" ? "课程讲师" : "Session Trainer", language: lng, password: DEMO_PASSWORD });
    await logIn(page, lng, trainerEmail);
    await page.goto(`/${lng}/trainer`);
    await page.getByRole("navigation", { name: t.trainer.nav.label }).getByRole("link", { name: t.trainer.nav.sessions }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.manage.sessions.title);
    await page.getByRole("link", { name: t.manage.sessions.new }).click();
    const title = `${COMPLETE.titleZh} ${Date.now()}`;
    await fillSessionForm(page, lng, { ...COMPLETE, titleZh: title, titleEn: `${COMPLETE.titleEn} ${Date.now()}` });
    await page.getByRole("button", { name: t.manage.sessionForm.create }).click();
    await expect(page.getByText(t.manage.saved.created)).toBeVisible();
    const sessionId = page.url().match(/sessions\/([^/]+)\/edit/)![1]!;
    const stored = await db.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, include: { trainers: { include: { user: true } } } });
    expect(stored.startsAt.toISOString()).toBe("2027-10-12T01:30:00.000Z");
    expect(stored.trainers.map((row) => row.user.email)).toEqual([trainerEmail]);

    const learnerContext = await browser.newContext();
    const learner = await learnerContext.newPage();
    const name = lng === "zh" ? "诸葛明" : "Grace Lin";
    await signUp(learner, lng, { email: uniqueEmail(`trainer-flow-${lng}`), name });
    await learner.goto(`/${lng}/trainings/${sessionId}`);
    await expect(learner.getByRole("heading", { level: 1 })).toHaveText(lng === "zh" ? title : stored.titleEn);
    await learner.getByLabel(t.trainings.register.company, { exact: true }).fill("宁波示例童装有限公司");
    await learner.getByLabel(t.trainings.register.phone, { exact: true }).fill("138 0013 8000");
    await learner.getByLabel(t.courses.categories.apparel).check();
    await learner.getByLabel(t.trainings.register.consent).check();
    await learner.getByRole("button", { name: t.trainings.register.submit }).click();
    await expect(learner.getByText(t.trainings.state.confirmed)).toBeVisible();
    await learner.goto(`/${lng}/trainings/${sessionId}/ticket`);
    const code = (await learner.getByTestId("ticket-code").textContent())!.trim();
    await learnerContext.close();

    await page.goto(`/${lng}/trainer`);
    const row = page.getByTestId("trainer-sessions").getByRole("row").filter({ hasText: lng === "zh" ? title : stored.titleEn });
    await expect(row).toContainText(t.trainer.overview.registrationCounts.replace("{{confirmed}}", "1").replace("{{capacity}}", "30").replace("{{waitlisted}}", "0"));

    await page.goto(`/${lng}/trainer/sessions/${sessionId}/edit`);
    await page.getByRole("link", { name: t.manage.sessions.roster }).click();
    await page.getByLabel(t.trainings.roster.code, { exact: true }).fill(code);
    await page.getByRole("button", { name: t.trainings.roster.checkIn, exact: true }).click();
    await expect(page.getByTestId("check-in-result")).toContainText(name);

    const trainingSessionsCsv = await csvText(page, `/${lng}/trainer/sessions/export.csv?q=${encodeURIComponent(title)}`);
    expect(trainingSessionsCsv.split("\r\n")[0]).toContain(t.manage.sessions.columns.waitlisted);
    expect(trainingSessionsCsv).toContain(lng === "zh" ? title : stored.titleEn);
    expect(trainingSessionsCsv).toContain(lng === "zh" ? "宁波" : "Ningbo");
    const roster = await csvText(page, `/${lng}/trainer/trainings/${sessionId}/roster.csv`);
    expect(roster).toContain(name);
    expect(roster).toContain(t.trainings.attendance.present);

    const audit = await db.auditEntry.findMany({ where: { OR: [{ targetId: sessionId }, { details: { contains: sessionId } }] }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["session.create", "registration.attendance"]);
  });

  test(`${lng}: bad session input gets localized errors next to the fields and keeps what was typed`, async ({ page }) => {
    await logIn(page, lng, "trainer@example.com");
    await page.goto(`/${lng}/trainer/sessions/new`);
    await fillSessionForm(page, lng, { ...COMPLETE, titleZh: "", endsAt: "2027-10-12T08:00", registrationDeadline: "2027-10-13T09:00", capacity: "0" });
    await page.getByRole("button", { name: t.manage.sessionForm.create }).click();
    await expect(page.locator("#titleZh-error")).toHaveText(t.validation.required);
    await expect(page.locator("#endsAt-error")).toHaveText(t.validation.endBeforeStart);
    await expect(page.locator("#registrationDeadline-error")).toHaveText(t.validation.deadlineAfterStart);
    await expect(page.locator("#capacity-error")).toHaveText(t.validation.capacityMin);
    await expect(page.getByLabel(t.manage.sessionForm.fields.titleEn, { exact: true })).toHaveValue(COMPLETE.titleEn);
    await expect(page.getByLabel(t.manage.sessionForm.fields.endsAt, { exact: true })).toHaveValue("2027-10-12T08:00");

    // Editing: the capacity cannot drop below the people already confirmed.
    const session = await createTrainingSession({ capacity: 3, trainerEmail: "trainer@example.com" });
    await db.trainingSession.update({ where: { id: session.id }, data: { confirmedCount: 2 } });
    await page.goto(`/${lng}/trainer/sessions/${session.id}/edit`);
    await fillSessionForm(page, lng, { capacity: "1", venueZh: "新会场" });
    await page.getByRole("button", { name: t.manage.sessionForm.save }).click();
    await expect(page.locator("#capacity-error")).toHaveText(t.validation.capacityBelowConfirmed.replace("{{count}}", "2"));
    await expect(page.getByLabel(t.manage.sessionForm.fields.venueZh, { exact: true })).toHaveValue("新会场");
    expect((await db.trainingSession.findUniqueOrThrow({ where: { id: session.id } })).venueZh).toBe(session.venueZh);
  });

  test(`${lng}: closing, reopening and cancelling a session; everyone registered is told in their own language`, async ({ page }) => {
    const session = await createTrainingSession({ capacity: 1, trainerEmail: "trainer@example.com" });
    const people = [
      { email: uniqueEmail("cancel-zh"), language: "zh", status: "confirmed" },
      { email: uniqueEmail("cancel-en"), language: "en", status: "waitlisted" },
    ];
    for (const person of people) {
      await db.registration.create({
        data: { sessionId: session.id, ...person, name: person.language === "zh" ? "王芳" : "Amy Ho", company: "", jobRole: "buyer", phone: "", interests: "[]", ticketCode: newTicketCode() },
      });
    }
    await logIn(page, lng, "trainer@example.com");
    await page.goto(`/${lng}/trainer/sessions/${session.id}/edit`);
    await page.getByRole("button", { name: t.manage.sessionStatus.close }).click();
    await expect(page.getByText(t.manage.saved.closed)).toBeVisible();
    await expect(page.getByTestId("session-status")).toHaveText(t.trainings.status.closed);
    await page.getByRole("button", { name: t.manage.sessionStatus.reopen }).click();
    await expect(page.getByText(t.manage.saved.reopened)).toBeVisible();

    await page.getByRole("link", { name: t.manage.sessionStatus.cancel }).click();
    await expect(page.getByTestId("cancel-impact")).toHaveText(t.manage.cancel.impact.replace("{{confirmed}}", "1").replace("{{waitlisted}}", "1"));
    await page.getByRole("button", { name: t.manage.cancel.confirm }).click();
    await expect(page.getByText(t.manage.saved.cancelled.replace("{{count}}", "2"))).toBeVisible();
    await expect(page.getByTestId("session-status")).toHaveText(t.trainings.status.cancelled);
    await expect(page.getByTestId("mail-progress").getByRole("status")).toHaveText(t.jobs.progress.sent.replace("{{sent}}", "2").replace("{{total}}", "2"));

    // Each in the language they registered in.
    await mailTo(people[0]!.email, strings("zh").trainings.mail.sessionCancelled.subject.replace("{{title}}", session.titleZh));
    await mailTo(people[1]!.email, strings("en").trainings.mail.sessionCancelled.subject.replace("{{title}}", session.titleEn));
  });
}
