// One load measurement with autocannon: throughput and latency percentiles.
import autocannon from "autocannon";

export type LoadFigures = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number };

export async function measureLoad(url: string, connections: number, seconds: number, headers: Record<string, string>): Promise<LoadFigures> {
  return loadFigures(await autocannon({ url, connections, duration: seconds, headers }));
}

/** The figures the bench reports from one autocannon run. */
export function loadFigures(result: autocannon.Result): LoadFigures {
  return {
    requestsPerSecond: Math.round(result["2xx"] / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** A short unrecorded run, so the measured one sees warm code paths. */
export async function warmUp(url: string, headers: Record<string, string>): Promise<void> {
  await autocannon({ url, connections: 10, duration: 2, headers });
}

/** The p-th percentile of samples (nearest rank). */
export function percentile(samples: number[], p: number): number {
  if (!samples.length) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
