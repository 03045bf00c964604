import os from "node:os";

/**
 * How many worker processes the production server runs: WEB_CONCURRENCY when
 * set (a positive integer), otherwise one per CPU core available to Node.
 * @param {Record<string, string | undefined>} [env]
 * @returns {{ count: number, reason: string }}
 */
export function workerCount(env = process.env) {
  const configured = env.WEB_CONCURRENCY?.trim();
  if (configured) {
    const count = Number(configured);
    if (!Number.isInteger(count) || count < 1) throw new Error(`WEB_CONCURRENCY must be a positive integer, got "${configured}"`);
    return { count, reason: "WEB_CONCURRENCY" };
  }
  return { count: os.availableParallelism(), reason: "one per available CPU core" };
}
