// Helpers for the crash and shutdown tests: a private copy of the e2e
// database served by its own clustered production server, signed-in learners,
// form posts as a browser without JavaScript sends them, and the invariants
// the database must keep whatever happens to the server.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openLoginSession } from "../app/features/auth/login-session.server";
import { backupDatabase } from "../app/platform/db/backup.server";
import { dataDir } from "../app/platform/runtime/env.server";
import { sqliteAdapter } from "../app/platform/db/sqlite-adapter.server";
import { PrismaClient } from "../app/generated/prisma/client";

export type Scratch = { dir: string; env: { DATABASE_URL: string; DATA_DIR: string }; db: PrismaClient; dispose(): Promise<void> };

/** An online copy of the e2e database in a temporary data folder that shares the session secret. */
export async function scratchCopy(): Promise<Scratch> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "crash-test-"));
  const file = await backupDatabase(path.join(dir, "app.db"));
  // The session secret was read (or made) in the e2e data folder when login-session.server loaded.
  fs.copyFileSync(path.join(dataDir, "session-secret"), path.join(dir, "session-secret"));
  const env = { DATABASE_URL: `file:${file}`, DATA_DIR: dir };
  const db = new PrismaClient({ adapter: sqliteAdapter(env.DATABASE_URL, 5_000) });
  return {
    dir,
    env,
    db,
    async dispose() {
      await db.$disconnect();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Confirmed learners created straight in the database, each with a login cookie of their own. */
export async function signedInLearners(db: PrismaClient, prefix: string, count: number) {
  const learners = [];
  for (let i = 0; i < count; i += 1) {
    const user = await db.user.create({ data: { email: `${prefix}-${i}@example.com`, passwordHash: "x", name: `学员 ${prefix} ${i}`, emailVerifiedAt: new Date() } });
    const cookie = (await openLoginSession(user.id, "", db)).split(";")[0]!;
    learners.push({ id: user.id, cookie });
  }
  return learners;
}

/** A same-origin form post, as a browser sends it; the answer is not followed. */
export function postForm(url: string, cookie: string, fields: [string, string][]) {
  return fetch(url, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: cookie, Origin: new URL(url).origin, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
}

export const registrationFields: [string, string][] = [
  ["company", "宁波示例玩具有限公司"],
  ["jobRole", "buyer"],
  ["phone", "13800138000"],
  ["interests", "toys"],
  ["needs", ""],
  ["consent", "yes"],
];

/** The quiz form of a learner's next attempt, answered with the first choice of every question. */
export async function answeredQuizForm(url: string, cookie: string): Promise<[string, string][]> {
  const html = await (await fetch(url, { headers: { Cookie: cookie } })).text();
  const attempt = /name="attempt" value="(\d+)"/.exec(html)?.[1];
  if (!attempt) throw new Error(`no quiz form at ${url}`);
  const answers = new Map<string, string>();
  for (const [, name, value] of html.matchAll(/name="(q\.[^"]+)" value="([^"]+)"/g)) if (!answers.has(name!)) answers.set(name!, value!);
  return [["attempt", attempt], ...answers];
}

/** Everything that must hold in the database, crash or not; returns the problems found. */
export async function consistencyProblems(db: PrismaClient): Promise<string[]> {
  const problems: string[] = [];
  const integrity = await db.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
  if (integrity[0]?.integrity_check !== "ok") problems.push(`integrity_check: ${JSON.stringify(integrity)}`);

  const sessions = await db.trainingSession.findMany({ include: { registrations: { select: { status: true } } } });
  for (const session of sessions) {
    const confirmed = session.registrations.filter((registration) => registration.status === "confirmed").length;
    const waiting = session.registrations.filter((registration) => registration.status === "waitlisted").length;
    if (session.confirmedCount !== confirmed) problems.push(`${session.code}: confirmedCount ${session.confirmedCount} but ${confirmed} confirmed registrations`);
    if (confirmed > session.capacity) problems.push(`${session.code}: ${confirmed} confirmed for ${session.capacity} seats`);
    if (waiting > 0 && confirmed < session.capacity) problems.push(`${session.code}: ${waiting} waiting while ${session.capacity - confirmed} seats are free`);
  }

  const attempts = await db.quizAttempt.findMany({ where: { moduleId: { not: null } }, include: { answers: true, module: true } });
  for (const attempt of attempts) {
    const questions = (JSON.parse(attempt.module!.quiz!) as { questions: unknown[] }).questions.length;
    const right = attempt.answers.filter((answer) => answer.correct).length;
    if (attempt.answers.length !== questions) problems.push(`attempt ${attempt.id}: ${attempt.answers.length} of ${questions} answers stored`);
    else if (attempt.score !== Math.floor((right / questions) * 100)) problems.push(`attempt ${attempt.id}: score ${attempt.score} does not match its answers`);
    if (attempt.passed) {
      const progress = await db.moduleProgress.findUnique({ where: { userId_moduleId: { userId: attempt.userId, moduleId: attempt.moduleId! } } });
      if (!progress?.completedAt) problems.push(`attempt ${attempt.id}: passed, but the module is not completed`);
    }
  }
  return problems;
}
