/** What a certificate can be awarded for: completing a course or recorded webinar, attending a training or a live webinar. */
export const ACHIEVEMENT_TYPES = ["course", "webinar", "training", "live"] as const;
export type AchievementType = (typeof ACHIEVEMENT_TYPES)[number];

export function isAchievementType(value: unknown): value is AchievementType {
  return typeof value === "string" && (ACHIEVEMENT_TYPES as readonly string[]).includes(value);
}

/** The stored type, read back; rows are only ever written with a known type. */
export function achievementTypeOf(value: string): AchievementType {
  return isAchievementType(value) ? value : "course";
}
