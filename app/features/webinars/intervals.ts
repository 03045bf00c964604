// Watched intervals: what the browser reports is checked and merged on the
// server, and only the distinct seconds count. Seeking to the end adds
// nothing (the browser's `played` ranges only hold what actually played);
// watching a part twice, or at 2x, counts it once.

export type Interval = [number, number];

/** Sorted, non-overlapping intervals clipped to [0, duration]. */
export function mergeIntervals(intervals: Interval[], duration: number): Interval[] {
  const clipped = intervals
    .map(([start, end]): Interval => [Math.max(0, start), Math.min(duration, end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const merged: Interval[] = [];
  for (const [start, end] of clipped) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1] + 0.25) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

export function totalSeconds(intervals: Interval[]): number {
  return intervals.reduce((sum, [start, end]) => sum + (end - start), 0);
}

/**
 * Adds a report to what was already watched. The new distinct seconds may not
 * exceed what could have been played since the last accepted report at the
 * fastest speed offered (plus slack for reports that arrive late); a report
 * claiming more is refused as a whole.
 */
export function addReport(
  stored: Interval[],
  reported: Interval[],
  options: { duration: number; secondsSinceLastReport: number; maxRate: number; slackSeconds: number },
): { ok: true; merged: Interval[]; added: number } | { ok: false; reason: "implausible" } {
  const before = totalSeconds(stored);
  const merged = mergeIntervals([...stored, ...reported], options.duration);
  const added = totalSeconds(merged) - before;
  const budget = options.secondsSinceLastReport * options.maxRate + options.slackSeconds;
  if (added > budget) return { ok: false, reason: "implausible" };
  return { ok: true, merged, added };
}
