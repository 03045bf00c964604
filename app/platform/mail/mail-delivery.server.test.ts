// Mail through the job queue to a real SMTP server started here (smtp-server),
// not a mocked transport: refusals, an outage during a bulk action, retries
// with back-off on an injected clock.
import { simpleParser } from "mailparser";
import { afterEach, describe, expect, it } from "vitest";
import { batchProgress } from "~/platform/jobs/job-reports.server";
import { runQueuedJobs } from "~/platform/jobs/test-support/run-jobs";
import { db } from "~/platform/db/db.server";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { cancellationBatch, cancelTrainingSession } from "~/features/trainings/manage/session-status.server";
import { registerForTrainingSession } from "~/features/trainings/registration.server";
import { makeTrainingSession } from "~/features/trainings/test-support/make-training-session";
import { makeUsers, registrationDetails } from "~/features/trainings/test-support/registration-burst";
import { newTicketCode } from "~/features/trainings/ticket-code.server";
import { createMailer } from "./mailer.server";
import { smtpTestPort, startSmtpTestServer, type SmtpTestServer } from "./test-support/smtp-test-server";

const MINUTE = 60_000;
const at = (start: Date, ms: number) => new Date(start.getTime() + ms);

let server: SmtpTestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe("mail through the queue to a real SMTP server", () => {
  it("retries a refused mail with back-off; it arrives on the third attempt, once", async () => {
    const port = smtpTestPort(0);
    server = await startSmtpTestServer(port, { refuse: (n) => (n <= 2 ? { code: 451, message: "4.3.0 Mailbox busy, try again later" } : null) });
    const mailer = createMailer(server.url);
    const session = await makeTrainingSession("smtp-retry", 5);
    const [user] = await makeUsers("smtp-retry", 1);
    const start = new Date();
    const outcome = await registerForTrainingSession(session.id, user!.id, { ...registrationDetails("retry"), email: "retry@example.com" }, start);
    expect(outcome).toMatchObject({ ok: true, status: "confirmed" });
    const job = () => db.job.findFirstOrThrow({ where: { recipient: "retry@example.com" } });
    expect(await job()).toMatchObject({ kind: "mail.registrationConfirmed", state: "pending" });

    await runQueuedJobs(start, { mailer });
    expect(await job()).toMatchObject({ state: "retrying", attempts: 1, runAt: at(start, 1 * MINUTE), lastError: expect.stringContaining("451") });
    await runQueuedJobs(at(start, 1 * MINUTE - 1), { mailer });
    expect((await job()).attempts).toBe(1);

    await runQueuedJobs(at(start, 1 * MINUTE), { mailer });
    expect(await job()).toMatchObject({ state: "retrying", attempts: 2, runAt: at(start, 6 * MINUTE) });
    expect(server.received).toHaveLength(0);

    await runQueuedJobs(at(start, 6 * MINUTE), { mailer });
    const sent = await job();
    expect(sent).toMatchObject({ state: "done", attempts: 3, sentAt: at(start, 6 * MINUTE), unknownOutcomes: 0 });
    expect(server.received).toHaveLength(1);
    const mail = await simpleParser(server.received[0]!.raw);
    expect(mail.messageId).toBe(`<job.${sent.id}@training.example>`);
    expect(mail.subject).toBe("报名成功：培训");
    expect(mail.attachments.map((attachment) => attachment.contentType).sort()).toEqual(["image/png", "text/calendar"]);

    // Done is done: later rounds send nothing more.
    await runQueuedJobs(at(start, 60 * MINUTE), { mailer });
    expect(server.received).toHaveLength(1);
  });

  it("keeps a bulk cancellation's 100 mails while the server is down and delivers each once when it is back", async () => {
    const port = smtpTestPort(1);
    const mailer = createMailer(`smtp://127.0.0.1:${port}`);
    const trainer = await makeUser("trainer");
    const session = await makeTrainingSession("smtp-outage", 100);
    await db.registration.createMany({
      data: Array.from({ length: 100 }, (_, i) => ({
        sessionId: session.id,
        status: i < 80 ? "confirmed" : "waitlisted",
        name: `学员${i}`,
        email: `outage-${i}@example.com`,
        company: "",
        jobRole: "buyer",
        phone: "",
        interests: "[]",
        language: i % 2 ? "en" : "zh",
        ticketCode: newTicketCode(),
      })),
    });
    const start = new Date();
    expect(await cancelTrainingSession(session.id, trainer, start)).toEqual({ ok: true, queued: 100 });

    // Nobody listens on the port: every attempt is refused before a connection opens.
    expect(await runQueuedJobs(start, { mailer })).toBe(100);
    const afterOutage = await db.job.groupBy({ by: ["state"], where: { batch: cancellationBatch(session.id) }, _count: { _all: true } });
    expect(afterOutage).toEqual([{ state: "retrying", _count: { _all: 100 } }]);
    expect((await batchProgress([cancellationBatch(session.id)])).get(cancellationBatch(session.id))).toEqual({ total: 100, sent: 0, failed: 0, open: 100 });

    server = await startSmtpTestServer(port);
    await runQueuedJobs(at(start, 1 * MINUTE), { mailer });
    expect(server.received).toHaveLength(100);
    const recipients = server.received.map((mail) => mail.to).sort();
    expect(new Set(recipients).size).toBe(100);
    expect([...server.copiesById().values()].every((copies) => copies === 1)).toBe(true);
    expect((await batchProgress([cancellationBatch(session.id)])).get(cancellationBatch(session.id))).toEqual({ total: 100, sent: 100, failed: 0, open: 0 });
    expect(await db.job.aggregate({ where: { batch: cancellationBatch(session.id) }, _sum: { unknownOutcomes: true } })).toEqual({ _sum: { unknownOutcomes: 0 } });

    const english = await simpleParser(server.received.find((mail) => mail.to === "outage-1@example.com")!.raw);
    expect(english.subject).toBe("Cancelled: Training");
  }, 60_000);

  it("fails a mail the server refuses for good (5xx) at once, with the server's answer", async () => {
    const port = smtpTestPort(2);
    server = await startSmtpTestServer(port, { refuse: () => ({ code: 550, message: "5.1.1 No such mailbox" }) });
    const session = await makeTrainingSession("smtp-refused", 5);
    const [user] = await makeUsers("smtp-refused", 1);
    const start = new Date();
    await registerForTrainingSession(session.id, user!.id, { ...registrationDetails("refused"), email: "nobody@example.com" }, start);
    await runQueuedJobs(start, { mailer: createMailer(server.url) });
    expect(await db.job.findFirstOrThrow({ where: { recipient: "nobody@example.com" } })).toMatchObject({
      state: "failed",
      attempts: 1,
      lastError: expect.stringContaining("550 5.1.1 No such mailbox"),
    });
  });
});
