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

/** The parts of `intervals` that `covered` does not cover (both sorted and non-overlapping). */
export function uncoveredParts(intervals: Interval[], covered: Interval[]): Interval[] {
  const parts: Interval[] = [];
  for (const [start, end] of intervals) {
    let from = start;
    for (const [coveredStart, coveredEnd] of covered) {
      if (coveredEnd <= from || coveredStart >= end) continue;
      if (coveredStart > from) parts.push([from, coveredStart]);
      from = Math.max(from, coveredEnd);
    }
    if (from < end) parts.push([from, end]);
  }
  return parts;
}

/**
 * Adds a report to what was already watched, counting at most `allowance`
 * new distinct seconds (what the learner has earned by playing, decision
 * 0017). A report claiming more keeps its earliest new seconds up to the
 * allowance; the rest counts once a later report comes with more allowance
 * (the browser's played ranges always hold everything played so far).
 */
export function addReport(stored: Interval[], reported: Interval[], options: { duration: number; allowance: number }): { merged: Interval[]; added: number; claimed: number } {
  const before = totalSeconds(stored);
  const all = mergeIntervals([...stored, ...reported], options.duration);
  const claimed = totalSeconds(all) - before;
  if (claimed <= options.allowance) return { merged: all, added: claimed, claimed };
  let merged = stored;
  let remaining = options.allowance;
  for (const [start, end] of uncoveredParts(mergeIntervals(reported, options.duration), stored)) {
    if (remaining <= 0) break;
    const next = mergeIntervals([...merged, [start, Math.min(end, start + remaining)]], options.duration);
    remaining -= totalSeconds(next) - totalSeconds(merged);
    merged = next;
  }
  return { merged, added: totalSeconds(merged) - before, claimed };
}
