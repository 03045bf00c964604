// npm run bench — builds the app, starts the production server on a freshly
// seeded database and measures it. Prints the figures and writes them to
// bench/results/<date>.json. Options (environment):
//   BENCH_SECONDS  seconds per load run (default 4)
//   BENCH_PORT     port for the app (the bare server uses the next one); default: free ports
//   BENCH_SKIP_BUILD=1  measure the existing build
//   BENCH_DATABASE_URL  postgresql://…/name: run on PostgreSQL (that database is
//                       dropped and made afresh); the figures are printed beside
//                       the latest SQLite run's
//   BENCH_ONLY=signed-in  only the signed-in pages and the class quiz (no build
//                       check of anonymous pages, weights, registration or PDFs;
//                       nothing written to bench/results): quick A/B runs
//   BENCH_CPU_PROF=dir  the server's workers write CPU profiles into dir
//   BENCH_LIVE_VIEWERS, BENCH_LIVE_SECONDS  the live-webinar run (default 500 viewers, 30 s)
// The full run ends with the live-webinar load run (scripts/bench/live.ts);
// `npm run bench -- --only live` runs that alone.
import Database from "better-sqlite3";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseEngine } from "../../app/platform/db/database-engine";
import { prepareSeededData } from "../prepare-data.mjs";
import { freePort, startServer, type RunningServer } from "../server-process";
import { workerCount } from "../../server/worker-count.js";
import { capturePage, startBareServer } from "./bare-ceiling";
import { timeCertificatePdf } from "./certificate-pdf";
import { measureLoad, warmUp } from "./load";
import { BROWSER_HEADERS, CLASS_QUIZ, CLASS_QUIZ_WARM_UP, LOAD_PAGES, RENDERING_HEADERS, SIGNED_IN_LEARNERS, SIGNED_IN_FETCHES, SIGNED_IN_PAGES, HALL_OPENS, WEIGHED_ROUTES } from "./pages";
import { weighRoutes } from "./page-weight";
import { timeRegistrationBurst } from "./registration";
import { checkSignedInTargets, checkTargets, printResults, printSideBySide, printSignedIn, readPrevious, writeResults, type BenchResults, type PageLoad, type SignedInFigures } from "./report";
import { checkEachSeesOwnPage, classTakesQuiz, countAttempts, hallOpens, jobsDue, measureSignedInLoad, seedLearners, spreadLearners } from "./signed-in";
import { copyPostgresDatabase } from "./postgres-copy";
import { measureLiveLoad, printLiveLoad } from "./live";

const CONNECTIONS = [10, 100];
const seconds = Number(process.env.BENCH_SECONDS ?? 4);
const fixedPort = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : null;
const signedInOnly = process.env.BENCH_ONLY === "signed-in";
const cpuProfileDir = process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : null;
const step = (message: string) => console.error(`· ${message}`);

// A fresh clone has no generated Prisma client yet; the build and the seed need it.
execFileSync("npm", ["run", "db:generate"], { stdio: ["ignore", "ignore", "inherit"] });
if (process.env.BENCH_SKIP_BUILD !== "1") {
  step("building");
  execFileSync("npm", ["run", "build"], { stdio: ["ignore", "ignore", "inherit"] });
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-"));
step(`seeding a database in ${workDir}`);
const benchDatabaseUrl = process.env.BENCH_DATABASE_URL;
const engine = benchDatabaseUrl ? databaseEngine(benchDatabaseUrl) : "sqlite";
const dataEnv = await prepareSeededData(path.join(workDir, "data"), benchDatabaseUrl);
const scratchDatabase = path.join(workDir, "registration.db");
if (engine === "sqlite") {
  // Through SQLite's backup: a plain file copy would miss what is still in the write-ahead log.
  const seeded = new Database(dataEnv.DATABASE_URL.replace(/^file:/, ""));
  await seeded.backup(scratchDatabase);
  seeded.close();
}

const onlyLive = process.argv.slice(2).join(" ").includes("--only live");
const liveRun = () =>
  measureLiveLoad({ workDir, env: { ...dataEnv, DATABASE_URL: process.env.DATABASE_URL! }, viewers: Number(process.env.BENCH_LIVE_VIEWERS ?? 500), seconds: Number(process.env.BENCH_LIVE_SECONDS ?? 30) });
if (onlyLive) {
  Object.assign(process.env, { DATABASE_URL: dataEnv.DATABASE_URL, DATA_DIR: dataEnv.DATA_DIR, LOG_LEVEL: "warn" });
  step("live webinar: ingest, stream, viewers and questions");
  try {
    printLiveLoad(await liveRun());
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  process.exit(0);
}

const { count: workers, reason } = workerCount();
let server: RunningServer | null = null;
process.on("exit", () => {
  if (server) void server.kill();
});

async function measurePages(baseUrl: string): Promise<PageLoad[]> {
  const pages: PageLoad[] = [];
  for (const page of LOAD_PAGES) {
    const url = `${baseUrl}${page.path}`;
    step(`${page.path}: warming up, then ${CONNECTIONS.join(" and ")} connections`);
    await warmUp(url, BROWSER_HEADERS);
    await warmUp(url, RENDERING_HEADERS);
    // Captured after the warm-up: the bytes a visitor gets, as the page cache sends them.
    const captured = await capturePage(url, BROWSER_HEADERS);
    if (captured.status !== 200) throw new Error(`${page.path} answered ${captured.status}`);
    const bare = await startBareServer(captured, fixedPort ? fixedPort + 1 : await freePort());
    const runs: PageLoad["runs"] = [];
    try {
      for (const connections of CONNECTIONS) {
        const app = await measureLoad(url, connections, seconds, BROWSER_HEADERS);
        const rendered = await measureLoad(url, connections, seconds, RENDERING_HEADERS);
        const ceiling = await measureLoad(`${bare.url}${page.path}`, connections, seconds, BROWSER_HEADERS);
        runs.push({ connections, app, rendered, bare: ceiling, ratio: ceiling.requestsPerSecond ? app.requestsPerSecond / ceiling.requestsPerSecond : 0 });
      }
    } finally {
      await bare.stop();
    }
    pages.push({ ...page, encoding: captured.headers["content-encoding"] ?? "identity", cacheState: captured.cacheState, htmlBytes: captured.body.length, runs });
  }
  return pages;
}

/**
 * The seeded recorded webinars are transcoded by jobs when the server first
 * starts: ffmpeg on both cores. Pages are measured once no job is running or
 * due, not against that.
 */
async function waitForJobsDone(): Promise<void> {
  const until = Date.now() + 10 * 60_000;
  for (let due = jobsDue(dataEnv); due > 0; due = jobsDue(dataEnv)) {
    if (Date.now() > until) throw new Error(`bench: ${due} jobs still running or due after 10 minutes`);
    step(`waiting for ${due} background jobs (the seed's transcodes) to finish`);
    await new Promise((resolve) => setTimeout(resolve, 3000));
  }
}

/** Signed-in pages with one learner's session per connection, then the class taking a quiz. */
async function measureSignedIn(baseUrl: string): Promise<SignedInFigures> {
  step(`seeding ${SIGNED_IN_LEARNERS} learners with a login session each`);
  const learners = seedLearners(dataEnv, SIGNED_IN_LEARNERS);
  const pages: SignedInFigures["pages"] = [];
  for (const page of SIGNED_IN_PAGES) {
    const url = `${baseUrl}${page.path}`;
    step(`${page.path}: each learner sees their own page, then ${learners.length} signed-in connections`);
    await checkEachSeesOwnPage(url, learners);
    await measureSignedInLoad(url, learners.slice(0, 10), 2);
    pages.push({ ...page, connections: learners.length, load: await measureSignedInLoad(url, learners, seconds) });
  }
  const fetches: SignedInFigures["pages"] = [];
  for (const fetched of SIGNED_IN_FETCHES) {
    const url = `${baseUrl}${fetched.path}`;
    step(`${fetched.path}: ${learners.length} signed-in connections`);
    await measureSignedInLoad(url, learners.slice(0, 10), 2);
    fetches.push({ ...fetched, connections: learners.length, load: await measureSignedInLoad(url, learners, seconds) });
  }
  step(`the hall opens ${HALL_OPENS.samePoint}, nobody's yet, at once`);
  const samePoint = await hallOpens(`${baseUrl}${HALL_OPENS.samePoint}`, learners);
  const attempts = spreadLearners(dataEnv, HALL_OPENS.course, HALL_OPENS.ownPoint.module);
  step(`every learner at a point of their own on ${HALL_OPENS.ownPoint.path} (${attempts} attempts recorded); the hall opens it at once`);
  const ownPoint = await hallOpens(`${baseUrl}${HALL_OPENS.ownPoint.path}`, learners);
  const hall = { learners: learners.length, samePoint: { path: HALL_OPENS.samePoint, ...samePoint }, ownPoint: { path: HALL_OPENS.ownPoint.path, ...ownPoint } };
  step(`warm-up: the class takes ${CLASS_QUIZ_WARM_UP}, then ${learners.length} learners take ${CLASS_QUIZ.path} at once`);
  await classTakesQuiz(baseUrl, CLASS_QUIZ_WARM_UP, learners);
  const quiz = await classTakesQuiz(baseUrl, CLASS_QUIZ.path, learners);
  const { attemptsPerLearner } = countAttempts(dataEnv, CLASS_QUIZ.course, CLASS_QUIZ.module);
  return {
    pages,
    fetches,
    hall,
    classQuiz: {
      ...quiz,
      attemptsRecorded: attemptsPerLearner.reduce((sum, count) => sum + count, 0),
      learnersWithOneAttempt: attemptsPerLearner.filter((count) => count === 1).length,
    },
  };
}

const serverEnv = { ...dataEnv, LOG_LEVEL: "info" };
const nodeArgs = cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${cpuProfileDir}`] : [];

if (signedInOnly) {
  try {
    step(`starting the production server (${workers} workers: ${reason})`);
    server = await startServer({ port: fixedPort ?? (await freePort()), env: serverEnv, nodeArgs, logFile: path.join(workDir, "server.log") });
    await waitForJobsDone();
    const signedIn = await measureSignedIn(server.url);
    await server.stop();
    server = null;
    printSignedIn(signedIn, checkSignedInTargets(signedIn));
  } finally {
    if (server) await server.kill();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
  process.exit(0);
}

try {
  step(`starting the production server (${workers} workers: ${reason})`);
  server = await startServer({ port: fixedPort ?? (await freePort()), env: serverEnv, nodeArgs, logFile: path.join(workDir, "server.log") });
  await waitForJobsDone();
  const pages = await measurePages(server.url);
  const signedIn = await measureSignedIn(server.url);
  step("weighing routes in Chromium");
  const weights = await weighRoutes(server.url, WEIGHED_ROUTES);
  await server.stop();
  server = null;

  // The app's own modules read DATABASE_URL when first imported.
  // On PostgreSQL the copy is made now that the server has let go of the database.
  const registrationUrl = engine === "sqlite" ? `file:${scratchDatabase}` : await copyPostgresDatabase(dataEnv.DATABASE_URL, "_registration");
  Object.assign(process.env, { DATABASE_URL: registrationUrl, DATA_DIR: dataEnv.DATA_DIR, LOG_LEVEL: "warn" });
  step("registering 300 people for 40 seats");
  const registration = await timeRegistrationBurst();
  step("rendering certificate PDFs");
  const certificatePdf = await timeCertificatePdf();
  step("live webinar: ingest, stream, viewers and questions");
  const live = await liveRun();

  const results: BenchResults = {
    date: new Date().toISOString(),
    engine,
    machine: {
      cpus: os.availableParallelism(),
      cpuModel: os.cpus()[0]?.model ?? "unknown",
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    },
    server: { workers, reason },
    secondsPerRun: seconds,
    pages,
    signedIn,
    weights,
    certificatePdf,
    registration,
    targets: [...checkTargets(pages, weights), ...checkSignedInTargets(signedIn)],
  };
  const previous = readPrevious(engine);
  printResults(results, previous);
  printSideBySide(results, readPrevious(engine === "sqlite" ? "postgresql" : "sqlite"));
  printLiveLoad(live);
  console.log(`\nFigures written to ${path.relative(process.cwd(), writeResults(results))}`);
} finally {
  if (server) await server.kill();
  fs.rmSync(workDir, { recursive: true, force: true });
}
process.exit(0);
