// A worker process killed (SIGKILL) in the middle of a bulk action's mails,
// against a real SMTP server started here: after a new worker takes over,
// every mail has arrived, and a mail arrived twice only where the killed
// worker's send had an unknown outcome.
import { afterEach, describe, expect, it } from "vitest";
import { exited, spawnWorker } from "~/platform/jobs/test-support/spawn-worker";
import { db } from "~/platform/db/db.server";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { cancellationBatch, cancelTrainingSession } from "~/features/trainings/manage/session-status.server";
import { makeTrainingSession } from "~/features/trainings/test-support/make-training-session";
import { newTicketCode } from "~/features/trainings/ticket-code.server";
import { smtpTestPort, startSmtpTestServer, type SmtpTestServer } from "./test-support/smtp-test-server";

const MAILS = 60;
/** The message whose answer the server holds back: the worker is killed waiting for it. */
const HELD = 20;

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let server: SmtpTestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe("a worker killed mid-batch", () => {
  it("loses no mail, and sends a second copy only of mails whose send had an unknown outcome", async () => {
    server = await startSmtpTestServer(smtpTestPort(3), { hold: (n) => n === HELD });
    const session = await makeTrainingSession("crash-batch", MAILS);
    await db.registration.createMany({
      data: Array.from({ length: MAILS }, (_, i) => ({
        sessionId: session.id,
        status: "confirmed",
        name: `学员${i}`,
        email: `crash-${i}@example.com`,
        company: "",
        jobRole: "buyer",
        phone: "",
        interests: "[]",
        language: "zh",
        ticketCode: newTicketCode(),
      })),
    });
    expect(await cancelTrainingSession(session.id, await makeUser("trainer"))).toEqual({ ok: true, queued: MAILS });
    const env = { SMTP_URL: server.url, TEST_LEASE_MS: "1500", JOB_CONCURRENCY: "4" };

    const first = spawnWorker(env);
    await until(() => server!.received.length >= HELD, 60_000, "the first worker to reach the held message");
    first.kill("SIGKILL");
    await exited(first);
    const killedAt = server.received.length;
    const inFlight = await db.job.count({ where: { batch: cancellationBatch(session.id), state: "running" } });
    expect(inFlight).toBeGreaterThan(0);

    const second = spawnWorker(env);
    try {
      await until(async () => (await db.job.count({ where: { batch: cancellationBatch(session.id), state: "done" } })) === MAILS, 90_000, "every mail to be done");
    } finally {
      second.kill("SIGTERM");
      await exited(second);
    }

    const jobs = await db.job.findMany({ where: { batch: cancellationBatch(session.id) }, select: { id: true, unknownOutcomes: true } });
    const copies = server.copiesById();
    const copiesOf = (jobId: string) => copies.get(`<job.${jobId}@training.example>`) ?? 0;
    const duplicates = jobs.reduce((sum, job) => sum + copiesOf(job.id) - 1, 0);
    const unknown = jobs.reduce((sum, job) => sum + job.unknownOutcomes, 0);
    console.log(`SIGKILL mid-batch: ${MAILS} mails, ${killedAt} received before the kill, ${inFlight} in flight; ${unknown} sends with unknown outcome, ${duplicates} delivered twice`);

    expect(jobs.every((job) => copiesOf(job.id) >= 1)).toBe(true);
    expect(server.received).toHaveLength(MAILS + duplicates);
    // Only a send whose outcome could not be known may have left a copy, and each at most one.
    for (const job of jobs) expect(copiesOf(job.id) - 1).toBeLessThanOrEqual(job.unknownOutcomes);
    // The held message reached the server but its sender died before the answer: exactly that case.
    expect(duplicates).toBeGreaterThanOrEqual(1);
  }, 180_000);
});
