// The benchmark's figures: a readable table on stdout, the targets checked,
// a comparison with the previous run, and a JSON file for later runs.
import fs from "node:fs";
import path from "node:path";
import type { LoadFigures } from "./load";
import type { RouteWeight } from "./page-weight";
import type { PdfFigures } from "./certificate-pdf";
import type { RegistrationFigures } from "./registration";
import type { BurstFigures, ClassQuizFigures } from "./signed-in";

export type PageLoad = {
  kind: string;
  language: string;
  path: string;
  encoding: string;
  /** X-Cache of the captured answer after the warm-up (HIT: from the page cache). */
  cacheState?: string;
  htmlBytes: number;
  runs: {
    connections: number;
    /** A visitor who is not signed in: the page cache answers most requests. */
    app: LoadFigures;
    /** Every request rendered (the cost for a signed-in visitor); absent in runs before the page cache. */
    rendered?: LoadFigures;
    bare: LoadFigures;
    ratio: number;
  }[];
};

/** Signed-in pages (one learner's session per connection) and the class taking a quiz. */
type HallOpen = { path: string } & BurstFigures;
type SignedInLoad = { kind: string; language: string; path: string; connections: number; load: LoadFigures };
export type SignedInFigures = {
  pages: SignedInLoad[];
  /** What a page fetches apart once loaded, measured the same way (absent in runs before decision 0039). */
  fetches?: SignedInLoad[];
  /** The hall opening a module page at once, the class at one point and each learner at their own (absent in runs before decision 0038). */
  hall?: { learners: number; samePoint: HallOpen; ownPoint: HallOpen };
  classQuiz: ClassQuizFigures;
};

/** Targets for signed-in learners (issue: a hall of 100 learners at once). */
export const SIGNED_IN_TARGET = { pagesPerSecond: 600, p99Ms: 300, quizStepP99Ms: 500 };

export type BenchResults = {
  date: string;
  /** The database the app ran on; absent in runs before PostgreSQL (SQLite). */
  engine?: "sqlite" | "postgresql";
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  server: { workers: number; reason: string };
  secondsPerRun: number;
  pages: PageLoad[];
  /** Absent in runs before signed-in learners were measured. */
  signedIn?: SignedInFigures;
  weights: RouteWeight[];
  certificatePdf: PdfFigures;
  registration: RegistrationFigures;
  targets: { name: string; met: boolean; detail: string }[];
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pct = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ")).join("\n");
}

/** Catalog and module pages fast enough under load; a course page light enough; video.js only where a video plays. */
export function checkTargets(pages: PageLoad[], weights: RouteWeight[]): BenchResults["targets"] {
  const targets: BenchResults["targets"] = [];
  for (const page of pages.filter((candidate) => candidate.kind === "catalog" || candidate.kind === "module")) {
    const run = page.runs.find((candidate) => candidate.connections === 100);
    if (!run) continue;
    const answered = run.app.requestsPerSecond > 0;
    targets.push({ name: `${page.path} p99 < 100 ms at 100 connections`, met: answered && run.app.p99Ms < 100, detail: answered ? `${run.app.p99Ms} ms` : "no request completed" });
    targets.push({ name: `${page.path} ≥ 10% of the bare ceiling at 100 connections`, met: run.ratio >= 0.1, detail: pct(run.ratio) });
  }
  for (const weight of weights.filter((candidate) => candidate.route === "course" || candidate.route === "module")) {
    targets.push({ name: `${weight.path} compressed JS < 150 KB`, met: weight.jsBytes < 150 * 1024, detail: kb(weight.jsBytes) });
  }
  const videoJsElsewhere = weights.filter((weight) => weight.loadsVideoJs !== (weight.route === "webinar"));
  targets.push({
    name: "video.js loads on the webinar page and nowhere else",
    met: videoJsElsewhere.length === 0,
    detail: videoJsElsewhere.length ? `wrong on: ${videoJsElsewhere.map((weight) => weight.route).join(", ")}` : "yes",
  });
  return targets;
}

export function checkSignedInTargets(signedIn: SignedInFigures): BenchResults["targets"] {
  const { pagesPerSecond, p99Ms, quizStepP99Ms } = SIGNED_IN_TARGET;
  const targets: BenchResults["targets"] = signedIn.pages.map(({ path, connections, load }) => ({
    name: `${path} signed in, one session per connection: ≥ ${pagesPerSecond} pages/s and p99 < ${p99Ms} ms at ${connections} connections, no errors`,
    met: load.requestsPerSecond >= pagesPerSecond && load.p99Ms < p99Ms && load.errors + load.non2xx === 0,
    detail: `${load.requestsPerSecond} pages/s, p99 ${load.p99Ms} ms, ${load.errors + load.non2xx} errors`,
  }));
  const quiz = signedIn.classQuiz;
  for (const step of quiz.steps) {
    targets.push({ name: `class quiz, ${quiz.learners} learners at once: ${step.step} p99 < ${quizStepP99Ms} ms, 0 errors`, met: step.p99Ms < quizStepP99Ms && step.errors === 0, detail: `p99 ${step.p99Ms} ms, ${step.errors} errors` });
  }
  targets.push({
    name: "class quiz: every attempt recorded exactly once",
    met: quiz.attemptsRecorded === quiz.learners && quiz.learnersWithOneAttempt === quiz.learners,
    detail: `${quiz.attemptsRecorded} attempts, ${quiz.learnersWithOneAttempt} of ${quiz.learners} learners with exactly one`,
  });
  return targets;
}

function loadTable(what: string, rate: string, lines: SignedInLoad[]): string {
  const rows = [[what, "conn", rate, "p50 ms", "p99 ms", "errors"]];
  for (const { path, connections, load } of lines) rows.push([path, String(connections), String(load.requestsPerSecond), String(load.p50Ms), String(load.p99Ms), String(load.errors + load.non2xx)]);
  return table(rows);
}

function signedInLines(signedIn: SignedInFigures): string[] {
  const out = ["", `Signed-in learners: each connection holds its own learner's login session`];
  out.push(loadTable("page", "pages/s", signedIn.pages));
  if (signedIn.fetches?.length) {
    out.push("", "Fetched by a signed-in page once it has loaded, the same way (for information)");
    out.push(loadTable("fetch", "requests/s", signedIn.fetches));
  }
  const hall = signedIn.hall;
  if (hall) {
    out.push("", `The hall opens a module page nobody has opened yet: ${hall.learners} learners, one request each, all at once on new connections (for information)`);
    const hallRows = [["learners", "page", "p50 ms", "p99 ms", "max ms", "errors"]];
    for (const [who, figures] of [["at the same point", hall.samePoint], ["each at their own point", hall.ownPoint]] as const) {
      hallRows.push([who, figures.path, String(figures.p50Ms), String(figures.p99Ms), String(figures.maxMs), String(figures.errors)]);
    }
    out.push(table(hallRows));
  }
  const quiz = signedIn.classQuiz;
  out.push("", `A class takes a quiz: ${quiz.learners} learners open ${quiz.path}, submit it and open the result, all at once (${quiz.ms} ms in all)`);
  const quizRows = [["step", "p50 ms", "p99 ms", "max ms", "errors"]];
  for (const step of quiz.steps) quizRows.push([step.step, String(step.p50Ms), String(step.p99Ms), String(step.maxMs), String(step.errors)]);
  out.push(table(quizRows));
  out.push(`attempts recorded: ${quiz.attemptsRecorded} (${quiz.learnersWithOneAttempt} of ${quiz.learners} learners with exactly one)`);
  return out;
}

/** The signed-in figures alone (BENCH_ONLY=signed-in). */
export function printSignedIn(signedIn: SignedInFigures, targets: BenchResults["targets"]): void {
  const out = signedInLines(signedIn);
  out.push("", "Targets");
  for (const target of targets) out.push(`${target.met ? "met    " : "MISSED "} ${target.name}: ${target.detail}`);
  console.log(out.join("\n"));
}

export function printResults(results: BenchResults, previous: BenchResults | null): void {
  const out: string[] = [];
  out.push(`Benchmark ${results.date} · ${engineOf(results)} · ${results.machine.cpus} cores (${results.machine.cpuModel}) · Node ${results.machine.node} · ${results.server.workers} server workers (${results.server.reason}) · ${results.secondsPerRun} s per run`);
  out.push("", "Throughput and latency (app vs. a bare node:http server sending the same bytes; \"rendered\": every request rendered, as for a signed-in visitor)");
  const rows = [["page", "conn", "req/s", "p50 ms", "p99 ms", "bare req/s", "of ceiling", "errors", "previous", "rendered req/s", "rendered p99 ms"]];
  for (const page of results.pages) {
    for (const run of page.runs) {
      const before = previous?.pages.find((candidate) => candidate.path === page.path)?.runs.find((candidate) => candidate.connections === run.connections);
      rows.push([page.path, String(run.connections), String(run.app.requestsPerSecond), String(run.app.p50Ms), String(run.app.p99Ms), String(run.bare.requestsPerSecond), pct(run.ratio), String(run.app.errors + run.app.non2xx), before ? pct(before.ratio) : "–", String(run.rendered?.requestsPerSecond ?? "–"), String(run.rendered?.p99Ms ?? "–")]);
    }
  }
  out.push(table(rows));
  if (results.signedIn) out.push(...signedInLines(results.signedIn));
  out.push("", "What each route sends (compressed; page weight without the video)");
  const weightRows = [["route", "JS", "CSS", "page weight", "requests", "video.js"]];
  for (const weight of results.weights) weightRows.push([weight.path, kb(weight.jsBytes), kb(weight.cssBytes), kb(weight.totalBytes), String(weight.requests), weight.loadsVideoJs ? "loaded" : "–"]);
  out.push(table(weightRows));
  out.push("");
  const pdf = results.certificatePdf;
  out.push(pdf.available ? `certificate PDF: median ${pdf.medianMs} ms over ${pdf.runs} renders (${kb(pdf.bytes)})` : `certificate PDF: ${pdf.reason}`);
  const registration = results.registration;
  out.push(`registration: ${registration.users} people at once for ${registration.seats} seats in ${registration.ms} ms (${registration.confirmed} confirmed, ${registration.waitlisted} waitlisted)`);
  out.push("", "Targets");
  for (const target of results.targets) out.push(`${target.met ? "met    " : "MISSED "} ${target.name}: ${target.detail}`);
  if (previous) out.push("", `"previous" compares with the run of ${previous.date}.`);
  console.log(out.join("\n"));
}

const engineOf = (results: BenchResults) => results.engine ?? "sqlite";

/**
 * The same figures for both engines, side by side: this run and the latest
 * run on the other engine (run `npm run bench` once for each).
 */
export function printSideBySide(results: BenchResults, other: BenchResults | null): void {
  if (!other) {
    console.log(`\nNo earlier run on ${engineOf(results) === "sqlite" ? "PostgreSQL" : "SQLite"} to compare with.`);
    return;
  }
  const [sqlite, postgresql] = engineOf(results) === "sqlite" ? [results, other] : [other, results];
  const out = ["", `SQLite (${sqlite.date}) and PostgreSQL (${postgresql.date}) side by side (req/s; p99 ms)`];
  const rows = [["page", "conn", "SQLite req/s", "PostgreSQL req/s", "SQLite p99", "PostgreSQL p99", "SQLite rendered req/s", "PostgreSQL rendered req/s", "SQLite rendered p99", "PostgreSQL rendered p99"]];
  for (const page of sqlite.pages) {
    for (const run of page.runs) {
      const twin = postgresql.pages.find((candidate) => candidate.path === page.path)?.runs.find((candidate) => candidate.connections === run.connections);
      if (!twin) continue;
      rows.push([page.path, String(run.connections), String(run.app.requestsPerSecond), String(twin.app.requestsPerSecond), String(run.app.p99Ms), String(twin.app.p99Ms),
        String(run.rendered?.requestsPerSecond ?? "–"), String(twin.rendered?.requestsPerSecond ?? "–"), String(run.rendered?.p99Ms ?? "–"), String(twin.rendered?.p99Ms ?? "–")]);
    }
  }
  out.push(table(rows));
  out.push(`registration, ${sqlite.registration.users} people for ${sqlite.registration.seats} seats: SQLite ${sqlite.registration.ms} ms, PostgreSQL ${postgresql.registration.ms} ms`);
  console.log(out.join("\n"));
}

export function resultsDir(): string {
  return path.resolve("bench/results");
}

/** The most recent earlier results on `engine`, to compare against. */
export function readPrevious(engine: "sqlite" | "postgresql" = "sqlite"): BenchResults | null {
  const dir = resultsDir();
  if (!fs.existsSync(dir)) return null;
  const files = fs.readdirSync(dir).filter((file) => file.endsWith(".json")).sort().reverse();
  for (const file of files) {
    const results = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as BenchResults;
    if (engineOf(results) === engine) return results;
  }
  return null;
}

export function writeResults(results: BenchResults): string {
  fs.mkdirSync(resultsDir(), { recursive: true });
  const suffix = engineOf(results) === "sqlite" ? "" : `-${engineOf(results)}`;
  const file = path.join(resultsDir(), `${results.date.slice(0, 10)}${suffix}.json`);
  fs.writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  return file;
}
