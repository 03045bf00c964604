// Two app nodes (each `node server/index.js`) on one PostgreSQL database behind
// nginx, as scripts/multi-node.ts starts them: a burst of 300 registrations for
// 40 seats spread over both nodes, then the same with one node killed
// (SIGKILL) mid-burst; rate limits counted across nodes; a node refuses to
// start multi-node without shared secrets. Runs only on PostgreSQL, on a
// private copy of the e2e database; nodes on E2E_PORT + 2 and + 3, nginx on + 6
// (+ 5 is the live ingest's, started for the whole run).
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./test";
import { startServer } from "../scripts/server-process";
import { startMultiNode, type MultiNode } from "../scripts/multi-node";
import { createTrainingSession } from "./fixtures";
import { consistencyProblems, postForm, registrationFields, scratchCopy, signedInLearners, type Scratch } from "./crash-support";

const base = Number(process.env.E2E_PORT ?? 3100);
const REGISTRATIONS = 300;
const SEATS = 40;

test.describe.configure({ mode: "serial" });
test.setTimeout(300_000);

let scratch: Scratch;
let cluster: MultiNode;
let secrets: Record<string, string>;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  scratch = await scratchCopy();
  secrets = {
    // The secret the tests sign login cookies with (copied by scratchCopy), and a signing key of the site's own.
    SESSION_SECRET: fs.readFileSync(path.join(scratch.dir, "session-secret"), "utf8").trim(),
    CERTIFICATE_SIGNING_KEY: crypto.generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
  cluster = await startMultiNode({
    nodePorts: [base + 2, base + 3],
    proxyPort: base + 6,
    env: { ...scratch.env, ...secrets, WEB_CONCURRENCY: "1", LOG_LEVEL: "warn" },
    workDir: scratch.dir,
    // Which node answered, for the test only.
    extraNginx: "add_header X-Test-Node $upstream_addr always;",
  });
});

test.afterAll(async () => {
  await cluster?.stop();
  await scratch?.dispose();
});

/** Fires one registration per learner at once through nginx; `onAnswer` sees each answer as it comes. */
async function burst(sessionId: string, learners: { id: string; cookie: string }[], onAnswer: (answered: number) => void = () => {}) {
  let answered = 0;
  return Promise.all(
    learners.map((learner) =>
      postForm(`${cluster.url}/en/trainings/${sessionId}`, learner.cookie, registrationFields).then(
        // nginx lists every node it tried; the last one answered.
        (response) => ({ learner, status: response.status, node: (response.headers.get("x-test-node") ?? "").split(", ").at(-1)! }),
        (error: Error) => ({ learner, status: 0, node: `failed: ${error.message}` }),
      ).finally(() => onAnswer(++answered)),
    ),
  );
}

async function queueIsInOrder(sessionId: string) {
  const rows = await scratch.db.registration.findMany({ where: { sessionId }, select: { status: true, queuedAt: true } });
  const confirmed = rows.filter((row) => row.status === "confirmed").map((row) => row.queuedAt.getTime());
  const waiting = rows.filter((row) => row.status === "waitlisted").map((row) => row.queuedAt.getTime());
  return { confirmed: confirmed.length, waiting: waiting.length, inOrder: waiting.every((time) => time >= Math.max(...confirmed)) };
}

test("a node refuses to start as one of several without the shared secrets", async () => {
  const logFile = path.join(scratch.dir, "refused.log");
  const started = startServer({ port: base + 4, env: { ...scratch.env, MULTI_NODE: "1", WEB_CONCURRENCY: "1" }, logFile, timeoutMs: 30_000 });
  await expect(started).rejects.toThrow(/exited during start-up/);
  const log = fs.readFileSync(logFile, "utf8");
  expect(log).toContain("SESSION_SECRET");
  expect(log).toContain("CERTIFICATE_SIGNING_KEY");
});

test("300 registrations for 40 seats over two nodes: 40 confirmed, 260 waiting in order, no errors", async () => {
  const session = await createTrainingSession({ capacity: SEATS }, scratch.db);
  const learners = await signedInLearners(scratch.db, `nodes-${Date.now()}`, REGISTRATIONS);
  const answers = await burst(session.id, learners);

  expect(answers.filter((answer) => answer.status !== 302)).toEqual([]);
  const byNode = new Map<string, number>();
  for (const answer of answers) byNode.set(answer.node, (byNode.get(answer.node) ?? 0) + 1);
  expect([...byNode.keys()].sort()).toEqual([`127.0.0.1:${base + 2}`, `127.0.0.1:${base + 3}`]);

  expect(await queueIsInOrder(session.id)).toEqual({ confirmed: SEATS, waiting: REGISTRATIONS - SEATS, inOrder: true });
  expect((await scratch.db.trainingSession.findUniqueOrThrow({ where: { id: session.id } })).confirmedCount).toBe(SEATS);
  expect(await consistencyProblems(scratch.db)).toEqual([]);
});

test("certificate lookups are counted across both nodes", async () => {
  // nginx passes the connecting address, so all of these come from 127.0.0.1; the copied
  // database may hold other specs' recent lookups from that address, so start from none.
  await scratch.db.rateLimitHit.deleteMany({});
  const statuses: number[] = [];
  const nodes = new Set<string>();
  for (let i = 0; i < 61; i += 1) {
    const response = await fetch(`${cluster.url}/en/verify/ZZZZ-ZZZZ-ZZZZ`);
    statuses.push(response.status);
    nodes.add(response.headers.get("x-test-node") ?? "");
  }
  // 60 per minute per address in total, not per node.
  expect(statuses.slice(0, 60).every((status) => status === 404)).toBe(true);
  expect(statuses[60]).toBe(429);
  expect(nodes.size).toBe(2);
});

test("SIGKILL of one node mid-burst: every accepted registration is stored, seats match, the other node keeps serving", async () => {
  const session = await createTrainingSession({ capacity: SEATS }, scratch.db);
  const learners = await signedInLearners(scratch.db, `kill-${Date.now()}`, REGISTRATIONS);
  const [victim] = cluster.nodes;
  let killed: Promise<void> | null = null;
  const answers = await burst(session.id, learners, (answered) => {
    if (answered === 60) killed = victim!.kill();
  });
  await killed;

  const accepted = answers.filter((answer) => answer.status === 302);
  const cut = answers.filter((answer) => answer.status !== 302);
  console.log(`kill mid-burst: ${accepted.length} accepted, ${cut.length} cut (${[...new Set(cut.map((answer) => answer.status))].join(", ")})`);
  expect(accepted.length).toBeGreaterThan(60);
  // What was cut died with the node: a 502 from nginx, nothing else.
  expect(cut.every((answer) => answer.status === 502)).toBe(true);

  const stored = new Set((await scratch.db.registration.findMany({ where: { sessionId: session.id }, select: { userId: true } })).map((row) => row.userId));
  expect(accepted.filter((answer) => !stored.has(answer.learner.id))).toEqual([]);
  const after = await scratch.db.trainingSession.findUniqueOrThrow({ where: { id: session.id }, include: { registrations: true } });
  expect(after.confirmedCount).toBe(after.registrations.filter((registration) => registration.status === "confirmed").length);
  expect(after.confirmedCount).toBeLessThanOrEqual(SEATS);
  expect(await consistencyProblems(scratch.db)).toEqual([]);

  // The other node answers everything now, the learners that were cut included
  // (once nginx routes again: cut off mid-burst, it may mark both nodes down for fail_timeout).
  await expect.poll(async () => (await fetch(`${cluster.url}/healthz`)).status, { timeout: 15_000 }).toBe(200);
  const retried = await burst(session.id, cut.map((answer) => answer.learner).filter((learner) => !stored.has(learner.id)));
  expect(retried.filter((answer) => answer.status !== 302)).toEqual([]);
  expect(new Set(retried.map((answer) => answer.node))).toEqual(new Set(retried.length ? [`127.0.0.1:${base + 3}`] : []));
  for (let i = 0; i < 10; i += 1) expect((await fetch(`${cluster.url}/en/trainings`)).status).toBe(200);
  expect(await queueIsInOrder(session.id)).toEqual({ confirmed: SEATS, waiting: REGISTRATIONS - SEATS, inOrder: true });
  expect(await consistencyProblems(scratch.db)).toEqual([]);
});
