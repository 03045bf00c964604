/** What the player shows as captions: one language, both together (双语字幕), or none. */
export const CAPTION_MODES = ["zh", "en", "bilingual", "off"] as const;
export type CaptionMode = (typeof CAPTION_MODES)[number];

export function isCaptionMode(value: unknown): value is CaptionMode {
  return CAPTION_MODES.includes(value as CaptionMode);
}
