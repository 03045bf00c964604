// The app's job runner alone in a process, as each server process runs it,
// for tests that kill a worker or run several at once. Settings:
//   TEST_CLOCK     the runner's clock starts at this instant (ISO) and runs on
//   TEST_LEASE_MS  lease length (short, so a killed worker's jobs come back soon)
//   TEST_UNTIL_IDLE=1  exit once nothing is due; otherwise run until killed
//   TEST_WAIT_FOR_GO=1 print "ready" once loaded and wait for a line on stdin,
//                      so a test can start several workers at the same moment
// DATABASE_URL, DATA_DIR and SMTP_URL come from the environment as for the server.
import { createMailer } from "~/platform/mail/mailer.server";
import { testRunner } from "./run-jobs";

const started = Date.now();
const clockStart = process.env.TEST_CLOCK ? new Date(process.env.TEST_CLOCK).getTime() : started;
const runner = testRunner({
  clock: () => new Date(clockStart + (Date.now() - started)),
  leaseMs: Number(process.env.TEST_LEASE_MS ?? 60_000),
  concurrency: Number(process.env.JOB_CONCURRENCY ?? 4),
  pollMs: 100,
  mailer: createMailer(),
});

if (process.env.TEST_WAIT_FOR_GO === "1") {
  process.stdout.write("ready\n");
  await new Promise((resolve) => process.stdin.once("data", resolve));
  process.stdin.pause();
}

if (process.env.TEST_UNTIL_IDLE === "1") {
  const ran = await runner.runUntilIdle();
  process.stdout.write(`${JSON.stringify({ ran })}\n`);
  process.exit(0);
} else {
  runner.start();
}
