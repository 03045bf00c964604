import { JOB_HANDLERS } from "~/jobs.server";
import { JobRunner, type RunnerOptions } from "../runner.server";

/** The app's job runner as the server builds it (every kind), with the clock and mailer a test chooses. */
export function testRunner(options: Partial<RunnerOptions> = {}): JobRunner {
  return new JobRunner({ kinds: JOB_HANDLERS, pollMs: 50, ...options });
}

/** Runs every job due at `now` (and the ones those queue), as a worker would. */
export function runQueuedJobs(now: Date = new Date(), options: Partial<RunnerOptions> = {}): Promise<number> {
  return testRunner({ clock: () => now, ...options }).runUntilIdle();
}
