/** The session list's "when" filter. */
export const PERIODS = ["upcoming", "past"] as const;
export type Period = (typeof PERIODS)[number];
