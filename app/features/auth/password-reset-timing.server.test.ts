import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SMTPServer } from "smtp-server";

/**
 * "Forgot password" must not tell, by how long it takes to answer, whether an
 * address has an account. With a real SMTP server that takes a second per
 * mail, an answer that waited for the mail would give it away.
 */
const SMTP_PORT = 3111;
const SMTP_DELAY_MS = 1_000;
const received: string[] = [];

const server = new SMTPServer({
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    stream.resume();
    stream.on("end", () => {
      received.push(session.envelope.rcptTo.map((rcpt) => rcpt.address).join(","));
      setTimeout(callback, SMTP_DELAY_MS);
    });
  },
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(SMTP_PORT, "127.0.0.1", resolve));
  process.env.SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe("password reset timing", () => {
  it("answers as fast for an address with an account as for one without, even with a slow mail server", async () => {
    // Imported here, after SMTP_URL is set: the mailer reads it when it loads.
    const { requestPasswordReset } = await import("./password-reset.server");
    const { makeUser } = await import("~/features/trainer/test-support/make-user");
    const time = async (email: string, round: number) => {
      const started = performance.now();
      await requestPasswordReset(email, `10.30.0.${round}`);
      return performance.now() - started;
    };
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const known: number[] = [];
    const unknown: number[] = [];
    const accounts: string[] = [];
    for (let round = 0; round < 9; round += 1) {
      const user = await makeUser("learner");
      accounts.push(user.email);
      known.push(await time(user.email, round));
      unknown.push(await time(`missing-${round}-${Date.now()}@example.com`, round));
    }
    expect(median(known)).toBeLessThan(SMTP_DELAY_MS / 4);
    expect(Math.abs(median(known) - median(unknown))).toBeLessThan(50);
    // The mails were queued, and went out through the real SMTP server after the answers, when a job runner ran.
    expect(received).toEqual([]);
    const { runQueuedJobs } = await import("~/platform/jobs/test-support/run-jobs");
    const { createMailer } = await import("~/platform/mail/mailer.server");
    await runQueuedJobs(new Date(), { mailer: createMailer(`smtp://127.0.0.1:${SMTP_PORT}`) });
    expect(received.length).toBe(accounts.length);
    expect(received.sort()).toEqual(accounts.sort());
  });
});
