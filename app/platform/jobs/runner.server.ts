import os from "node:os";
import crypto from "node:crypto";
import { createMailer, type Mailer } from "~/platform/mail/mailer.server";
import { logger } from "~/platform/runtime/logger.server";
import { nextAttemptAt } from "./backoff";
import { PermanentJobError, type JobContext, type JobKind, type JobResult } from "./define-job.server";
import type { JobReason } from "./vocabulary";
import { claimJob, completeJob, dueJobIds, failAbandonedJobs, failJob, renewLease, retryJobLater, skipJob, type Job, type Lease } from "./job-store.server";

export type RunnerOptions = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind checks its own payload
  kinds: JobKind<any>[];
  /** The time as the runner sees it; tests move it to the instant they check. */
  clock?: () => Date;
  mailer?: Mailer;
  /** Jobs run at the same time by this runner. */
  concurrency?: number;
  /** Pause between looks for due jobs when there was nothing to do. */
  pollMs?: number;
  /** How long a taken job stays this worker's without renewal; a dead worker's jobs are taken again after it. */
  leaseMs?: number;
  workerId?: string;
};

const ERROR_LENGTH = 1_000;

/**
 * Runs due jobs outside requests: takes up to `concurrency` at a time (each
 * with a lease it renews while the job runs), runs each kind's handler,
 * and records the outcome — done, skipped, retried later with back-off, or
 * failed after the last attempt. Any number of runners, in any number of
 * processes or machines, may work on the same table.
 */
export class JobRunner {
  readonly workerId: string;
  private readonly kinds: Map<string, JobKind<unknown>>;
  private readonly clock: () => Date;
  private readonly mailer: Mailer;
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly leaseMs: number;
  private loop: Promise<void> | null = null;
  private stopped = false;
  private wake: (() => void) | null = null;

  constructor(options: RunnerOptions) {
    this.kinds = new Map(options.kinds.map((kind) => [kind.kind, kind]));
    this.clock = options.clock ?? (() => new Date());
    this.mailer = options.mailer ?? createMailer();
    this.concurrency = options.concurrency ?? 4;
    this.pollMs = options.pollMs ?? 1_000;
    this.leaseMs = options.leaseMs ?? 60_000;
    this.workerId = options.workerId ?? `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString("hex")}`;
  }

  /** Keeps running due jobs until `stop()`. */
  start(): void {
    if (this.loop || this.stopped) return;
    this.loop = this.keepRunning();
    logger.info({ workerId: this.workerId, concurrency: this.concurrency }, "job runner started");
  }

  /** Takes no new job, and resolves once the jobs in hand are finished. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.loop;
    this.loop = null;
  }

  /** One round: takes up to `concurrency` due jobs and runs them; how many it ran. */
  async runDueJobs(): Promise<number> {
    const claimed = await this.claimDueJobs(this.concurrency);
    await Promise.all(claimed.map((job) => this.runHeld(job)));
    return claimed.length;
  }

  /** Runs rounds until nothing is due at the runner's current time; how many jobs ran. */
  async runUntilIdle(): Promise<number> {
    let total = 0;
    for (let ran = await this.runDueJobs(); ran > 0; ran = await this.runDueJobs()) total += ran;
    return total;
  }

  /** Takes up to `limit` due jobs for this worker. */
  private async claimDueJobs(limit: number): Promise<Job[]> {
    const now = this.clock();
    await failAbandonedJobs(now);
    const claimed: Job[] = [];
    for (const id of await dueJobIds(now, limit * 3)) {
      const job = await claimJob(id, this.workerId, now, this.leaseMs);
      if (job) claimed.push(job);
      if (claimed.length === limit) break;
    }
    return claimed;
  }

  /**
   * Keeps up to `concurrency` jobs running: a free slot takes the next due
   * job at once, so one slow mail server answer holds up only its own job.
   * Waits `pollMs` when nothing is due, or until a job finishes.
   */
  private async keepRunning(): Promise<void> {
    const running = new Set<Promise<void>>();
    while (!this.stopped) {
      let claimed = 0;
      const free = this.concurrency - running.size;
      if (free > 0) {
        try {
          const jobs = await this.claimDueJobs(free);
          claimed = jobs.length;
          for (const job of jobs) {
            const run: Promise<void> = this.runHeld(job).finally(() => {
              running.delete(run);
              this.wake?.();
            });
            running.add(run);
          }
        } catch (error) {
          logger.error({ err: error, workerId: this.workerId }, "could not take jobs");
        }
      }
      if ((claimed === 0 || running.size >= this.concurrency) && !this.stopped) await this.pause();
    }
    await Promise.all(running);
  }

  /** Waits `pollMs`, or less when woken (a job finished, or `stop()`). */
  private pause(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.wake?.(), this.pollMs);
      this.wake = () => {
        clearTimeout(timer);
        this.wake = null;
        resolve();
      };
    });
  }

  /** Runs a job this worker holds, renewing the lease until it is finished, and records the outcome. */
  private async runHeld(job: Job): Promise<void> {
    const lease: Lease = { jobId: job.id, workerId: this.workerId };
    const renewal = setInterval(() => {
      renewLease(lease, new Date(this.clock().getTime() + this.leaseMs))
        .then((held) => held || logger.warn({ jobId: job.id, workerId: this.workerId }, "job lease lost while running"))
        .catch((error: unknown) => logger.warn({ err: error, jobId: job.id }, "job lease could not be renewed"));
    }, Math.max(1, Math.floor(this.leaseMs / 3)));
    const now = this.clock();
    try {
      const result = await this.execute(job, { now, job, lease, mailer: this.mailer });
      await this.recordSuccess(lease, result);
    } catch (error) {
      await this.recordFailure(job, lease, error).catch((recordError: unknown) =>
        // The lease runs out and another attempt follows: nothing is lost.
        logger.error({ err: recordError, jobId: job.id }, "could not record a job's failure"),
      );
    } finally {
      clearInterval(renewal);
    }
  }

  private async execute(job: Job, context: JobContext): Promise<JobResult> {
    const kind = this.kinds.get(job.kind);
    if (!kind) throw new PermanentJobError("unknownKind" satisfies JobReason);
    const payload = kind.payload.safeParse(parseJson(job.payload));
    if (!payload.success) {
      logger.error({ jobId: job.id, kind: job.kind, problems: payload.error.issues }, "job payload does not fit its kind");
      throw new PermanentJobError("payloadInvalid" satisfies JobReason);
    }
    return kind.run(payload.data, context);
  }

  private async recordSuccess(lease: Lease, result: JobResult): Promise<void> {
    const now = this.clock();
    const recorded = result && "skipped" in result ? await skipJob(lease, now, result.skipped) : await completeJob(lease, now, result?.record ?? {});
    if (!recorded) logger.warn({ jobId: lease.jobId, workerId: this.workerId }, "job finished after its lease was lost; outcome not recorded");
  }

  private async recordFailure(job: Job, lease: Lease, error: unknown): Promise<void> {
    const now = this.clock();
    const message = describe(error);
    const retryAt = error instanceof PermanentJobError ? null : nextAttemptAt(job.attempts, job.maxAttempts, now);
    if (retryAt) {
      logger.info({ jobId: job.id, kind: job.kind, attempt: job.attempts, retryAt, error: message }, "job failed; will retry");
      await retryJobLater(lease, retryAt, message);
    } else {
      logger.error({ jobId: job.id, kind: job.kind, attempt: job.attempts, error: message }, "job failed for good");
      await failJob(lease, now, message);
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.length > ERROR_LENGTH ? `${text.slice(0, ERROR_LENGTH - 1)}…` : text;
}
