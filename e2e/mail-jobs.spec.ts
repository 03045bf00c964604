// Mails the server's job runner sends on its own: the reminder before a
// training, and a bulk action's progress on the trainer's page.
import { expect, test } from "./test";
import { cancelTrainingSession } from "../app/features/trainings/manage/session-status.server";
import { createRegistration, createTrainingSession, db, mailTo, moveTrainingSession } from "./fixtures";
import { register } from "./flows";
import { expectAccessible, LANGUAGES, logIn, signUp, strings, uniqueEmail } from "./support";

/** "HH:MM" of an instant in Shanghai, computed here rather than by the app. */
function shanghaiClock(instant: Date): string {
  const shanghai = new Date(instant.getTime() + 8 * 3_600_000);
  return `${String(shanghai.getUTCHours()).padStart(2, "0")}:${String(shanghai.getUTCMinutes()).padStart(2, "0")}`;
}

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: a registered learner gets the reminder a day before, with the venue's local time and the ticket link`, async ({ page }) => {
    const session = await createTrainingSession({ capacity: 5 });
    const email = uniqueEmail(`reminder-${lng}`);
    await signUp(page, lng, { email, name: lng === "zh" ? "孙悦" : "Joan Wu" });
    await register(page, lng, session.id);
    const title = lng === "zh" ? session.titleZh : session.titleEn;
    await mailTo(email, t.trainings.mail.confirmed.subject.replace("{{title}}", title));

    // The day comes: the training now starts 24 hours and a few seconds from now.
    const startsAt = new Date(Date.now() + 24 * 3_600_000 + 4_000);
    await moveTrainingSession(session.id, startsAt);
    const reminder = await mailTo(email, t.trainings.mail.reminder24h.subject.replace("{{title}}", title));
    const end = new Date(startsAt.getTime() + 8 * 3_600_000);
    expect(reminder.text).toContain(`${shanghaiClock(startsAt)}–${shanghaiClock(end)}`);
    const ticketLink = reminder.text!.match(/https?:\/\/\S+\/ticket/)![0];
    expect(new URL(ticketLink).pathname).toBe(`/${lng}/trainings/${session.id}/ticket`);

    // The link opens the learner's ticket.
    await page.goto(new URL(ticketLink).pathname);
    await expect(page.getByTestId("ticket-code")).toBeVisible();
  });

  test(`${lng}: a cancellation's mails show their progress on the session page, updating without a reload`, async ({ page }) => {
    // An admin's view (the assigned trainer's is checked in trainer-sessions.spec.ts); no trainer is
    // assigned, as the demo trainer's overview shows only their next 20 sessions.
    const session = await createTrainingSession({ capacity: 5 });
    for (let i = 0; i < 3; i += 1) await createRegistration(session.id, uniqueEmail(`progress-${lng}`), lng);
    await logIn(page, lng, "admin@example.com");
    const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    // The mails are due a few seconds from now, so the page sees them go.
    await cancelTrainingSession(session.id, admin, new Date(Date.now() + 6_000));
    await page.goto(`/${lng}/trainer/sessions/${session.id}/edit`);
    const status = page.getByTestId("mail-progress").getByRole("status");
    const sent = (count: number) => t.jobs.progress.sent.replace("{{sent}}", String(count)).replace("{{total}}", "3");
    await expect(status).toHaveText(sent(0));
    await expectAccessible(page);
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    await expect(status).toHaveText(sent(3), { timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  });
}
