// Signed-in visitors: every connection carries its own learner's login
// session (as a hall of learners on their phones does), and the "class takes
// a quiz" scenario: every learner opens a module quiz, submits it and opens
// the result, all at the same moment.
import autocannon from "autocannon";
import { execFileSync } from "node:child_process";
import { loadFigures, percentile, type LoadFigures } from "./load";
import { BROWSER_HEADERS } from "./pages";

export type BenchLearner = { name: string; cookie: string };

/** Runs scripts/bench/learners.ts against the benchmark's database (see there). */
function learnersTask<T>(env: Record<string, string>, args: string[]): T {
  const output = execFileSync("npx", ["tsx", "scripts/bench/learners.ts", ...args], { env: { ...process.env, ...env, LOG_LEVEL: "warn" }, stdio: ["ignore", "pipe", "inherit"] });
  return JSON.parse(output.toString("utf8")) as T;
}

/** `count` learners, each with a login session of their own. */
export function seedLearners(env: Record<string, string>, count: number): BenchLearner[] {
  return learnersTask<BenchLearner[]>(env, ["seed", String(count)]);
}

/** Puts every bench learner at a point of their own on a module (see learners.ts `spread`). */
export function spreadLearners(env: Record<string, string>, course: string, module: string): number {
  return learnersTask<number>(env, ["spread", course, module]);
}

/** How many jobs are running or due now in the benchmark's database. */
export function jobsDue(env: Record<string, string>): number {
  return learnersTask<number>(env, ["jobs-due"]);
}

/** How many attempts each bench learner has at a module's quiz. */
export function countAttempts(env: Record<string, string>, course: string, module: string): { learners: number; attemptsPerLearner: number[] } {
  return learnersTask(env, ["attempts", course, module]);
}

const headersFor = (learner: BenchLearner) => ({ ...BROWSER_HEADERS, cookie: learner.cookie });

/**
 * Before measuring: each learner's cookie is that learner's (their account
 * page names them and nobody else), and opens the page signed in (its header
 * offers to log out). A signed-in page shows nothing else that tells learners
 * apart when they are at the same point (decision 0038); that each sees only
 * their own progress is tested end to end (e2e/personal-pages.spec.ts).
 */
export async function checkEachSeesOwnPage(url: string, learners: BenchLearner[]): Promise<void> {
  const { origin, pathname } = new URL(url);
  const language = pathname.split("/")[1];
  for (const learner of learners) {
    const headers = { ...BROWSER_HEADERS, cookie: learner.cookie };
    const account = await (await fetch(`${origin}/${language}/account`, { headers })).text();
    if (!account.includes(learner.name)) throw new Error(`the account page does not name ${learner.name}`);
    const others = learners.filter((other) => other !== learner && account.includes(other.name));
    if (others.length) throw new Error(`the account page of ${learner.name} names ${others[0]!.name}`);
    const response = await fetch(url, { headers });
    const html = await response.text();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status} for ${learner.name}`);
    if (!html.includes(`action="/${language}/logout"`)) throw new Error(`${url} does not show ${learner.name} as signed in`);
  }
}

/** A load run where connection i sends learner i's cookie. */
export async function measureSignedInLoad(url: string, learners: BenchLearner[], seconds: number): Promise<LoadFigures> {
  let next = 0;
  const result = await autocannon({
    url,
    connections: learners.length,
    duration: seconds,
    headers: BROWSER_HEADERS,
    setupClient: (client) => client.setHeaders(headersFor(learners[next++ % learners.length]!)),
  });
  return loadFigures(result);
}

/** Latency of one request per learner, all sent at the same moment. */
export type BurstFigures = { p50Ms: number; p99Ms: number; maxMs: number; errors: number };
export type QuizStep = { step: "open" | "submit" | "result" } & BurstFigures;
export type ClassQuizFigures = { learners: number; path: string; ms: number; steps: QuizStep[]; attemptsRecorded: number; learnersWithOneAttempt: number };

/** The quiz form's fields, answered with each question's first choice. */
export function answerQuizForm(html: string): URLSearchParams {
  const form = new URLSearchParams();
  for (const [input] of html.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(input)?.[1];
    const value = /\bvalue="([^"]*)"/.exec(input)?.[1];
    if (!name || value === undefined) continue;
    if (name === "attempt" || (name.startsWith("q.") && !form.has(name))) form.set(name, value);
  }
  if (!form.has("attempt")) throw new Error("the quiz page has no attempt field");
  return form;
}

type Timed<T> = { ms: number; ok: boolean; value?: T };

async function timed<T>(work: () => Promise<T | null>): Promise<Timed<T>> {
  const started = performance.now();
  try {
    const value = await work();
    return { ms: performance.now() - started, ok: value !== null, value: value ?? undefined };
  } catch {
    return { ms: performance.now() - started, ok: false };
  }
}

/** One learner: open the quiz, submit it, open the result. */
async function takeQuiz(baseUrl: string, path: string, learner: BenchLearner) {
  const headers = { ...BROWSER_HEADERS, cookie: learner.cookie };
  const open = await timed(async () => {
    const response = await fetch(`${baseUrl}${path}`, { headers });
    const html = await response.text();
    return response.status === 200 ? answerQuizForm(html) : null;
  });
  const submit = open.value
    ? await timed(async () => {
        const response = await fetch(`${baseUrl}${path}`, {
          method: "POST",
          headers: { ...headers, origin: baseUrl, "content-type": "application/x-www-form-urlencoded" },
          body: open.value!.toString(),
          redirect: "manual",
        });
        await response.arrayBuffer();
        const location = response.headers.get("location");
        return response.status >= 300 && response.status < 400 && location?.includes("?attempt=") ? location : null;
      })
    : null;
  const result = submit?.value
    ? await timed(async () => {
        const response = await fetch(new URL(submit.value!, baseUrl), { headers });
        const html = await response.text();
        return response.status === 200 && html.includes('data-testid="quiz-verdict"') ? true : null;
      })
    : null;
  return { open, submit, result };
}

/** Every learner takes the quiz at `path` at the same moment; each step's latency over all learners. */
export async function classTakesQuiz(baseUrl: string, path: string, learners: BenchLearner[]): Promise<Omit<ClassQuizFigures, "attemptsRecorded" | "learnersWithOneAttempt">> {
  const started = performance.now();
  const runs = await Promise.all(learners.map((learner) => takeQuiz(baseUrl, path, learner)));
  const ms = Math.round(performance.now() - started);
  const steps = (["open", "submit", "result"] as const).map((step): QuizStep => ({ step, ...burstFigures(runs.map((run) => run[step])) }));
  return { learners: learners.length, path, ms, steps };
}

/** Latency figures of a burst; an entry not reached (null) counts as failed, as a step after a failed one. */
function burstFigures(done: (Timed<unknown> | null)[]): BurstFigures {
  const times = done.flatMap((entry) => (entry ? [entry.ms] : []));
  return {
    p50Ms: Math.round(percentile(times, 50)),
    p99Ms: Math.round(percentile(times, 99)),
    maxMs: Math.round(Math.max(0, ...times)),
    errors: done.filter((entry) => !entry?.ok).length,
  };
}

/**
 * The hall's moment: every learner opens `url` once, all at the same moment,
 * each on a new connection (phones connecting to the venue's network).
 */
export async function hallOpens(url: string, learners: BenchLearner[]): Promise<BurstFigures> {
  const opened = await Promise.all(
    learners.map((learner) =>
      timed(async () => {
        const response = await fetch(url, { headers: headersFor(learner) });
        const html = await response.text();
        return response.status === 200 && html.includes("logout") ? true : null;
      }),
    ),
  );
  return burstFigures(opened);
}
