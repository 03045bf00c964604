// Pure aggregation helpers for the trainer reports. The database queries
// gather rows; these functions turn them into the numbers on the page.

/** The middle value (mean of the two middle values for an even count); null for no values. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** part / whole as a share between 0 and 1; null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

export const DAY_MS = 86_400_000;

/** Days between two instants, fractional. */
export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}

export type Bucket = { from: number; to: number; count: number };

/**
 * Counts shares (0–1) in `buckets` equal buckets: [0, 0.1), [0.1, 0.2), …,
 * [0.9, 1]. A share of exactly 1 (or more, from rounding) lands in the last
 * bucket, below 0 in the first.
 */
export function shareHistogram(shares: number[], buckets = 10): Bucket[] {
  const counts = new Array<number>(buckets).fill(0);
  for (const value of shares) {
    const index = Math.min(buckets - 1, Math.max(0, Math.floor(value * buckets + 1e-9)));
    counts[index]! += 1;
  }
  return counts.map((count, index) => ({ from: index / buckets, to: (index + 1) / buckets, count }));
}

export type Interval = [number, number];
export type RetentionPoint = { from: number; to: number; viewers: number; share: number | null };

/** Seconds of [from, to) covered by sorted or unsorted, possibly overlapping intervals. */
export function coveredSeconds(intervals: Interval[], from: number, to: number): number {
  const clipped = intervals
    .map(([start, end]): Interval => [Math.max(start, from), Math.min(end, to)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reach = from;
  for (const [start, end] of clipped) {
    if (end <= reach) continue;
    covered += end - Math.max(start, reach);
    reach = end;
  }
  return covered;
}

/**
 * Audience retention: the video is cut into slots of `step` seconds; a
 * viewer counts for a slot when their watched intervals cover at least half
 * of it (the last slot may be shorter than `step`). `share` is out of every
 * viewer, so the line shows where people stop watching.
 */
export function retention(viewers: Interval[][], durationSeconds: number, step: number): RetentionPoint[] {
  const points: RetentionPoint[] = [];
  for (let from = 0; from < durationSeconds; from += step) {
    const to = Math.min(durationSeconds, from + step);
    const watching = viewers.filter((intervals) => coveredSeconds(intervals, from, to) >= (to - from) / 2).length;
    points.push({ from, to, viewers: watching, share: share(watching, viewers.length) });
  }
  return points;
}

/**
 * Slot length for the retention line: one minute for videos of 12 minutes
 * or more; a shorter video gets the shortest of 5, 10, 15 or 30 seconds that
 * keeps the line at 30 points or fewer, so it still shows where people stop.
 */
export function retentionStep(durationSeconds: number): number {
  if (durationSeconds >= 12 * 60) return 60;
  return [5, 10, 15, 30].find((step) => durationSeconds / step <= 30) ?? 60;
}
