// How many new watched seconds a learner may report (decision 0017): only
// time during which the player said it was playing earns any, at the fastest
// speed the player offers, so leaving a page open earns nothing.

/** The fastest playback speed the player offers. */
export const MAX_PLAYBACK_RATE = 2;
/**
 * The player reports every 10 s while playing. A longer silence (a closed
 * laptop, a crashed tab, a client that stopped reporting) earns no more than
 * this many seconds of playing.
 */
export const MAX_PLAYING_GAP_SECONDS = 60;
/** Earned once, with the first report: covers the network delay of the report that starts playing. */
export const START_ALLOWANCE_SECONDS = 5;
/** What may be earned and not yet used: one longest gap at the fastest speed, plus the start allowance. */
export const MAX_ALLOWANCE_SECONDS = MAX_PLAYING_GAP_SECONDS * MAX_PLAYBACK_RATE + START_ALLOWANCE_SECONDS;

export type WatchState = { watchAllowance: number; playingReportAt: Date | null };

/**
 * The allowance at `now`: what was left after the last report, plus, when
 * that report said the player was playing, the time since then (at most
 * MAX_PLAYING_GAP_SECONDS) at the fastest speed.
 */
export function earnedAllowance(state: WatchState, now: Date): number {
  const playedFor = state.playingReportAt ? Math.min(MAX_PLAYING_GAP_SECONDS, Math.max(0, (now.getTime() - state.playingReportAt.getTime()) / 1000)) : 0;
  return Math.min(MAX_ALLOWANCE_SECONDS, state.watchAllowance + playedFor * MAX_PLAYBACK_RATE);
}
