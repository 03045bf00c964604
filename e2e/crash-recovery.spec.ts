// The database stays consistent when the production server (primary and
// workers, one per core) is killed outright in the middle of a burst of
// registrations and quiz submissions, and a graceful stop (SIGTERM) lets
// every accepted write finish and answer. The server runs on a private copy
// of the e2e database, on the port after E2E_PORT.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./test";
import { startServer, type RunningServer } from "../scripts/server-process";
import { createTrainingSession } from "./fixtures";
import { answeredQuizForm, consistencyProblems, postForm, registrationFields, scratchCopy, signedInLearners, type Scratch } from "./crash-support";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const LEARNERS = 40;
const SEATS = 5;

test.describe.configure({ mode: "serial" });
test.setTimeout(240_000);

let scratch: Scratch;
let server: RunningServer | null = null;
test.beforeEach(async () => {
  scratch = await scratchCopy();
});
test.afterEach(async () => {
  await server?.kill();
  server = null;
  await scratch.dispose();
});

const serve = () => startServer({ port: PORT, env: { ...scratch.env, WEB_CONCURRENCY: "2", LOG_LEVEL: "warn" }, timeoutMs: 90_000 });

async function quizModule(scratch: Scratch) {
  const module = await scratch.db.courseModule.findFirstOrThrow({ where: { active: true, quiz: { not: null }, course: { active: true } }, include: { course: true } });
  return `/en/courses/${module.course.slug}/${module.slug}/quiz`;
}

/** Settles to the response status, or to the error's name when the connection broke. */
const outcome = (request: Promise<Response>) => request.then((response) => response.status, (error: Error) => `failed: ${error.message}`);

test("SIGKILL in the middle of a burst of registrations and quiz submissions leaves a consistent database", async () => {
  const session = await createTrainingSession({ capacity: SEATS }, scratch.db);
  const learners = await signedInLearners(scratch.db, `crash-${Date.now()}`, LEARNERS);
  server = await serve();
  const quizUrl = `${server.url}${await quizModule(scratch)}`;
  const quizForms = await Promise.all(learners.map((learner) => answeredQuizForm(quizUrl, learner.cookie)));

  // The whole burst at once; the server is killed once a few answers are back.
  let answered = 0;
  let killed: Promise<void> | null = null;
  const count = (request: Promise<Response>) =>
    outcome(request).then((status) => {
      answered += 1;
      if (answered === 6) killed = server!.kill();
      return status;
    });
  const registrations = learners.map((learner) => count(postForm(`${server!.url}/en/trainings/${session.id}`, learner.cookie, registrationFields)));
  const submissions = learners.map((learner, i) => count(postForm(quizUrl, learner.cookie, quizForms[i]!)));
  const results = await Promise.all([...registrations, ...submissions]);
  await killed;
  const cut = results.filter((status) => typeof status === "string").length;
  test.info().annotations.push({ type: "burst", description: `${results.length} requests: ${results.filter((status) => status === 302).length} answered 302, ${cut} cut by the kill` });
  expect(cut, "the kill happened mid-burst: some requests never got an answer").toBeGreaterThan(0);
  expect(results.filter((status) => status === 302).length, "some writes were answered before the kill").toBeGreaterThan(0);
  expect(results.filter((status) => typeof status === "number" && status >= 500)).toEqual([]);

  // Every write that was answered is there; nothing half-written anywhere.
  const registrationsStored = await scratch.db.registration.findMany({ where: { sessionId: session.id }, select: { userId: true } });
  const attemptsStored = await scratch.db.quizAttempt.findMany({ where: { userId: { in: learners.map((learner) => learner.id) } }, select: { userId: true } });
  learners.forEach((learner, i) => {
    if ((results[i] as number | string) === 302) expect(registrationsStored.map((row) => row.userId)).toContain(learner.id);
    if ((results[LEARNERS + i] as number | string) === 302) expect(attemptsStored.map((row) => row.userId)).toContain(learner.id);
  });
  expect(await consistencyProblems(scratch.db)).toEqual([]);

  // Restarted on the same file, the server takes the remaining registrations.
  server = await serve();
  const retries = await Promise.all(learners.map((learner) => outcome(postForm(`${server!.url}/en/trainings/${session.id}`, learner.cookie, registrationFields))));
  // 302: registered now; 409: the registration had been committed before the kill.
  expect(retries.filter((status) => status !== 302 && status !== 409)).toEqual([]);
  const after = await scratch.db.trainingSession.findUniqueOrThrow({ where: { id: session.id }, include: { registrations: true } });
  expect(after.registrations).toHaveLength(LEARNERS);
  expect(after.confirmedCount).toBe(SEATS);
  expect(after.registrations.filter((registration) => registration.status === "waitlisted")).toHaveLength(LEARNERS - SEATS);
  expect(await consistencyProblems(scratch.db)).toEqual([]);
});

test("SIGTERM lets every accepted registration finish and answer, then the server exits cleanly", async () => {
  const session = await createTrainingSession({ capacity: SEATS }, scratch.db);
  const learners = await signedInLearners(scratch.db, `term-${Date.now()}`, LEARNERS);
  server = await serve();
  let stopped: Promise<number | null> | null = null;
  const results = await Promise.all(
    learners.map((learner) =>
      outcome(postForm(`${server!.url}/en/trainings/${session.id}`, learner.cookie, registrationFields)).then((status) => {
        stopped ??= server!.stop();
        return status;
      }),
    ),
  );
  expect(await stopped).toBe(0);
  server = null;
  const answeredOk = results.filter((status) => status === 302).length;
  expect(answeredOk).toBeGreaterThan(0);
  expect(results.filter((status) => typeof status === "number" && status !== 302)).toEqual([]);
  // No write was cut off: every stored registration got its answer, and the other way round.
  expect(await scratch.db.registration.count({ where: { sessionId: session.id } })).toBe(answeredOk);
  expect(await consistencyProblems(scratch.db)).toEqual([]);
});

/** The worker processes that have said they listen, from the server's JSON log. */
function listeningWorkers(logFile: string): number[] {
  if (!fs.existsSync(logFile)) return [];
  return fs
    .readFileSync(logFile, "utf8")
    .split("\n")
    .filter((line) => line.includes('"server listening"'))
    .map((line) => (JSON.parse(line) as { pid: number }).pid);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test("a worker that dies is replaced and the server keeps answering", async () => {
  const logFile = path.join(scratch.dir, "server.log");
  server = await startServer({ port: PORT, env: { ...scratch.env, WEB_CONCURRENCY: "2", LOG_LEVEL: "info" }, logFile, timeoutMs: 90_000 });
  // The server answers as soon as one worker listens; kill one only once both do
  // (a worker that dies before it listens stops the server, by design).
  await expect.poll(() => listeningWorkers(logFile).length, { timeout: 60_000 }).toBe(2);
  const before = listeningWorkers(logFile);
  process.kill(before[0]!, "SIGKILL");
  await expect.poll(() => listeningWorkers(logFile).filter((pid) => !before.includes(pid)), { timeout: 60_000 }).toHaveLength(1);
  expect(listeningWorkers(logFile).filter(alive)).toHaveLength(2);
  const healthz = await fetch(`${server.url}/healthz`);
  expect(healthz.status).toBe(200);
});
