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
 * Before measuring: each learner's cookie opens a page that names that
 * learner (and so is neither anonymous nor someone else's).
 */
export async function checkEachSeesOwnPage(url: string, learners: BenchLearner[]): Promise<void> {
  for (const learner of learners) {
    const response = await fetch(url, { headers: { cookie: learner.cookie } });
    const html = await response.text();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status} for ${learner.name}`);
    if (!html.includes(learner.name)) throw new Error(`${url} does not show ${learner.name} as signed in`);
    const others = learners.filter((other) => other !== learner && html.includes(other.name));
    if (others.length) throw new Error(`${url} for ${learner.name} shows ${others[0]!.name}`);
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

export type QuizStep = { step: "open" | "submit" | "result"; p50Ms: number; p99Ms: number; maxMs: number; errors: number };
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
  const steps = (["open", "submit", "result"] as const).map((step): QuizStep => {
    const done: (Timed<unknown> | null)[] = runs.map((run) => run[step]);
    const times = done.flatMap((entry) => (entry ? [entry.ms] : []));
    return {
      step,
      p50Ms: Math.round(percentile(times, 50)),
      p99Ms: Math.round(percentile(times, 99)),
      maxMs: Math.round(Math.max(0, ...times)),
      // A step not reached because the one before failed counts as failed too.
      errors: done.filter((entry) => !entry?.ok).length,
    };
  });
  return { learners: learners.length, path, ms, steps };
}
