/**
 * A share of the video as the whole percent the page shows, never one under:
 * in floating point 0.29 × 100 is 28.999…, so a plain floor would show 28 %
 * to a learner who has watched the 29 % the quiz may require.
 */
export function watchedPercent(share: number): number {
  return Math.floor(share * 100 + 1e-9);
}
