import { beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { db } from "~/platform/db/db.server";
import { JOB_HANDLERS } from "~/jobs.server";
import { MAX_ATTEMPTS, RETRY_DELAYS_MS } from "./backoff";
import { defineJob, PermanentJobError } from "./define-job.server";
import { enqueueJob, enqueueJobOnce } from "./enqueue.server";
import { queueHealth } from "./job-reports.server";
import { claimJob } from "./job-store.server";
import { JobRunner } from "./runner.server";
import { JOB_KINDS } from "./vocabulary";

// A stand-in handler under a real kind's name: these tests are about the queue, not the mail.
const KIND = "training.followUps" as const;
const payload = z.object({ n: z.number() });

function handler(run: (n: number) => Promise<void>) {
  return defineJob(KIND, payload, async ({ n }) => run(n));
}

function runner(run: (n: number) => Promise<void>, options: { clock?: () => Date; leaseMs?: number; workerId?: string; concurrency?: number } = {}) {
  return new JobRunner({ kinds: [handler(run)], pollMs: 20, ...options });
}

async function enqueue(n: number, runAt = new Date()) {
  await db.$transaction((tx) => enqueueJob(tx, handler(async () => {}), { n }, { runAt }));
}

const jobOf = (n: number) => db.job.findFirstOrThrow({ where: { kind: KIND, payload: JSON.stringify({ n }) } });

describe("the job queue", () => {
  beforeEach(async () => {
    await db.job.deleteMany();
  });

  it("has one handler for every kind of job", () => {
    expect(JOB_HANDLERS.map((kind) => kind.kind).sort()).toEqual([...JOB_KINDS].sort());
  });

  it("keeps a job only when the transaction that queued it commits", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await enqueueJob(tx, handler(async () => {}), { n: 1 }, { runAt: new Date() });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.job.count({ where: { kind: KIND } })).toBe(0);
    await enqueue(2);
    expect(await jobOf(2)).toMatchObject({ state: "pending", attempts: 0 });
  });

  it("queues work with the same key once", async () => {
    const now = new Date();
    for (let i = 0; i < 3; i += 1) await db.$transaction((tx) => enqueueJobOnce(tx, handler(async () => {}), { n: 3 }, { runAt: now, dedupeKey: "once" }));
    expect(await db.job.count({ where: { dedupeKey: "once" } })).toBe(1);
  });

  it("runs each job exactly once when two runners work at the same time", async () => {
    for (let n = 100; n < 140; n += 1) await enqueue(n);
    const runs = new Map<number, number>();
    const work = async (n: number) => {
      runs.set(n, (runs.get(n) ?? 0) + 1);
      await new Promise((resolve) => setTimeout(resolve, 5));
    };
    const [a, b] = [runner(work, { workerId: "a" }), runner(work, { workerId: "b" })];
    const [ranA, ranB] = await Promise.all([a.runUntilIdle(), b.runUntilIdle()]);
    expect(ranA + ranB).toBe(40);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    expect(runs.size).toBe(40);
    expect(await db.job.count({ where: { kind: KIND, state: "done" } })).toBe(40);
  });

  it("retries after 1 min, 5 min, 30 min, 2 h and 12 h, then fails with the last error", async () => {
    const start = new Date("2027-03-01T00:00:00Z");
    await enqueue(7, start);
    let now = start;
    const failing = runner(async () => {
      throw new Error(`refused at ${now.toISOString()}`);
    }, { clock: () => now });
    for (const [index, delay] of RETRY_DELAYS_MS.entries()) {
      expect(await failing.runDueJobs()).toBe(1);
      const job = await jobOf(7);
      expect(job).toMatchObject({ state: "retrying", attempts: index + 1, runAt: new Date(now.getTime() + delay) });
      now = new Date(job.runAt.getTime() - 1);
      expect(await failing.runDueJobs()).toBe(0);
      now = job.runAt;
    }
    expect(await failing.runDueJobs()).toBe(1);
    expect(await jobOf(7)).toMatchObject({ state: "failed", attempts: MAX_ATTEMPTS, lastError: `refused at ${now.toISOString()}`, lockedBy: null });
    expect(await failing.runDueJobs()).toBe(0);
  });

  it("fails at once on a permanent error", async () => {
    await enqueue(8);
    await runner(async () => {
      throw new PermanentJobError("no such address");
    }).runUntilIdle();
    expect(await jobOf(8)).toMatchObject({ state: "failed", attempts: 1, lastError: "no such address" });
  });

  it("gives a job whose worker died to another worker once the lease has run out, never before", async () => {
    const start = new Date("2027-03-02T00:00:00Z");
    await enqueue(9, start);
    const job = await jobOf(9);
    // A worker takes the job and dies without a word.
    expect(await claimJob(job.id, "dead", start, 60_000)).toMatchObject({ state: "running", lockedBy: "dead", attempts: 1 });
    let now = new Date(start.getTime() + 59_999);
    const ran: number[] = [];
    const survivor = runner(async (n) => void ran.push(n), { clock: () => now, workerId: "survivor" });
    expect(await survivor.runDueJobs()).toBe(0);
    now = new Date(start.getTime() + 60_001);
    expect(await survivor.runDueJobs()).toBe(1);
    expect(ran).toEqual([9]);
    expect(await jobOf(9)).toMatchObject({ state: "done", attempts: 2, lockedBy: null });
  });

  it("fails a job whose worker died during its last attempt instead of running it again", async () => {
    const start = new Date("2027-03-03T00:00:00Z");
    await enqueue(10, start);
    const job = await jobOf(10);
    await db.job.update({ where: { id: job.id }, data: { attempts: MAX_ATTEMPTS - 1 } });
    await claimJob(job.id, "dead", start, 1_000);
    const ran: number[] = [];
    await runner(async (n) => void ran.push(n), { clock: () => new Date(start.getTime() + 2_000) }).runDueJobs();
    expect(ran).toEqual([]);
    expect(await jobOf(10)).toMatchObject({ state: "failed", lastError: "workerStopped" });
  });

  it("keeps a long job's lease alive while it runs, so nobody else takes it", async () => {
    await enqueue(11);
    const runs: string[] = [];
    let release = () => {};
    const slow = runner(
      async () => {
        runs.push("slow");
        await new Promise<void>((resolve) => (release = resolve));
      },
      { leaseMs: 150, workerId: "slow" },
    );
    const running = slow.runDueJobs();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const other = runner(async () => void runs.push("other"), { leaseMs: 150, workerId: "other" });
    expect(await other.runDueJobs()).toBe(0);
    release();
    await running;
    expect(runs).toEqual(["slow"]);
    expect(await jobOf(11)).toMatchObject({ state: "done", attempts: 1 });
  });

  it("reports for the health check how long the most overdue job has waited, and how many failed", async () => {
    const now = new Date("2027-03-04T00:00:00Z");
    expect(await queueHealth(now)).toEqual({ oldestPendingSeconds: 0, failed: 0 });
    await enqueue(12, new Date(now.getTime() - 90_000));
    await enqueue(13, new Date(now.getTime() - 30_000));
    await enqueue(14, new Date(now.getTime() + 3_600_000));
    await db.job.updateMany({ where: { payload: JSON.stringify({ n: 13 }) }, data: { state: "failed" } });
    expect(await queueHealth(now)).toEqual({ oldestPendingSeconds: 90, failed: 1 });
  });

  it("finishes the jobs in hand when stopped, and takes no more", async () => {
    for (let n = 200; n < 204; n += 1) await enqueue(n);
    const done: number[] = [];
    const background = runner(
      async (n) => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        done.push(n);
      },
      { concurrency: 2 },
    );
    background.start();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await background.stop();
    expect(await db.job.count({ where: { kind: KIND, state: "running" } })).toBe(0);
    expect(done.length).toBeGreaterThanOrEqual(2);
    expect(await db.job.count({ where: { kind: KIND, state: "done" } })).toBe(done.length);
  });
});
