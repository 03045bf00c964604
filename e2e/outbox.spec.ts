import { expect, test } from "./test";
import { db, failedConfirmationMail, mailTo } from "./fixtures";
import { expectAccessible, LANGUAGES, logIn, strings, uniqueEmail } from "./support";

for (const lng of LANGUAGES) {
  const t = strings(lng);

  test(`${lng}: the outbox shows a failed mail with its error, the roster flags it, and the admin sends it again`, async ({ page }) => {
    const email = uniqueEmail(`outbox-${lng}`);
    const { session, job } = await failedConfirmationMail(email, lng);
    await logIn(page, lng, "admin@example.com");
    await page.goto(`/${lng}/trainer`);
    await page.getByRole("navigation", { name: t.trainer.nav.label }).getByRole("link", { name: t.trainer.nav.outbox }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.jobs.outbox.title);
    await expect(page.getByTestId("count-failed")).toContainText(t.jobs.states.failed);

    // Filter by recipient and kind: the failed mail, with the server's last answer.
    await page.getByLabel(t.jobs.outbox.recipient, { exact: true }).fill(email);
    await page.getByLabel(t.jobs.outbox.kind, { exact: true }).selectOption("mail.registrationConfirmed");
    await page.getByRole("button", { name: t.manage.filter }).click();
    const row = page.getByTestId("outbox-job");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(t.jobs.kinds.registrationConfirmed);
    await expect(row).toContainText(t.jobs.states.failed);
    await expect(row).toContainText("451 4.3.0 Mailbox busy");
    await expectAccessible(page);

    // The registrant's row in the roster says so, and leads to the outbox.
    await page.goto(`/${lng}/trainer/trainings/${session.id}`);
    const flag = page.getByTestId("failed-mail");
    await expect(flag).toHaveText(t.jobs.roster.failed.replace("{{kind}}", t.jobs.kinds.registrationConfirmed));
    await expectAccessible(page);
    await flag.getByRole("link").click();
    await expect(row).toHaveCount(1);

    await row.getByRole("button", { name: t.jobs.outbox.retryLabel.replace("{{recipient}}", email) }).click();
    await expect(page.getByTestId("outbox-notice")).toHaveText(t.jobs.outbox.retried.replace("{{recipient}}", email));
    const mail = await mailTo(email, t.trainings.mail.confirmed.subject.replace("{{title}}", lng === "zh" ? session.titleZh : session.titleEn));
    expect(mail.messageId).toBe(`<job.${job.id}@training.example>`);

    await page.goto(`/${lng}/trainer/outbox?recipient=${encodeURIComponent(email)}`);
    await expect(row).toContainText(t.jobs.states.done);
    await page.goto(`/${lng}/trainer/trainings/${session.id}`);
    await expect(page.getByTestId("failed-mail")).toHaveCount(0);
    const audit = await db.auditEntry.findMany({ where: { targetId: job.id } });
    expect(audit.map((entry) => [entry.action, JSON.parse(entry.details)])).toEqual([["job.retry", { kind: "mail.registrationConfirmed", recipient: email }]]);
  });

  test(`${lng}: unknown filters are ignored, and a mail no longer failed is neither sent again nor cancelled`, async ({ page }) => {
    await logIn(page, lng, "admin@example.com");
    const response = await page.goto(`/${lng}/trainer/outbox?state=bogus&kind=%3Cscript%3E&page=-3`);
    expect(response?.status()).toBe(200);
    await expect(page.getByLabel(t.jobs.outbox.state, { exact: true })).toHaveValue("");
    await expect(page.getByLabel(t.jobs.outbox.kind, { exact: true })).toHaveValue("");

    // Cancelling a failed mail gives it up.
    const email = uniqueEmail(`outbox-bad-${lng}`);
    const { job } = await failedConfirmationMail(email, lng);
    await page.goto(`/${lng}/trainer/outbox?recipient=${encodeURIComponent(email)}`);
    const row = page.getByTestId("outbox-job");
    await row.getByRole("button", { name: t.jobs.outbox.cancelLabel.replace("{{recipient}}", email) }).click();
    await expect(page.getByTestId("outbox-notice")).toHaveText(t.jobs.outbox.cancelled.replace("{{recipient}}", email));
    await expect(row).toContainText(t.jobs.states.cancelled);
    await expect(row.getByRole("button")).toHaveCount(0);

    // A stale form (the job is no longer failed) changes nothing and says why.
    const stale = await page.request.post(`/${lng}/trainer/outbox`, { form: { intent: "retry", jobId: job.id } });
    expect(stale.status()).toBe(409);
    expect(await stale.text()).toContain(t.jobs.outbox.notFailed);
    const unknown = await page.request.post(`/${lng}/trainer/outbox`, { form: { intent: "delete", jobId: job.id } });
    expect(unknown.status()).toBe(400);
    expect((await db.job.findUniqueOrThrow({ where: { id: job.id } })).state).toBe("cancelled");
    expect(await db.auditEntry.count({ where: { targetId: job.id } })).toBe(1);
  });
}
