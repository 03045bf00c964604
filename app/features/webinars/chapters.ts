import { z } from "zod";

/** A chapter a trainer entered: where it starts (seconds) and its title in both languages. */
export const chapterSchema = z.object({ at: z.number().nonnegative(), title: z.object({ zh: z.string().min(1), en: z.string().min(1) }) });
export type Chapter = z.infer<typeof chapterSchema>;
export const chapterListSchema = z.array(chapterSchema);

/** "1:05" or "1:02:03" → seconds; null when it is not such a time. */
export function parseClockTime(text: string): number | null {
  const match = /^(?:(\d{1,2}):)?(\d{1,3}):([0-5]\d)$/.exec(text.trim());
  if (!match) return null;
  return Number(match[1] ?? 0) * 3600 + Number(match[2]) * 60 + Number(match[3]);
}

/** Seconds → "m:ss" or "h:mm:ss". */
export function clockTime(seconds: number): string {
  const whole = Math.round(seconds);
  const [h, m, s] = [Math.floor(whole / 3600), Math.floor(whole / 60) % 60, whole % 60];
  const pad = (value: number) => String(value).padStart(2, "0");
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

function vttTime(seconds: number): string {
  const millis = Math.round(seconds * 1000);
  const pad = (value: number, width = 2) => String(value).padStart(width, "0");
  return `${pad(Math.floor(millis / 3_600_000))}:${pad(Math.floor(millis / 60_000) % 60)}:${pad(Math.floor(millis / 1000) % 60)}.${pad(millis % 1000, 3)}`;
}

/** A WebVTT chapters track in the format of the webinars' chapters.vtt files: one cue per chapter, "中文 / English". */
export function chaptersVtt(chapters: Chapter[], durationSeconds: number): string {
  const cues = chapters.map((chapter, index) => {
    const end = chapters[index + 1]?.at ?? durationSeconds;
    // Titles are the trainer's text: no line break or "-->" may reach the file's structure.
    const title = `${chapter.title.zh} / ${chapter.title.en}`.replace(/[\r\n]+/g, " ").replace(/-->/g, "→");
    return `chapter-${index + 1}\n${vttTime(chapter.at)} --> ${vttTime(Math.max(end, chapter.at + 1))}\n${title}`;
  });
  return `WEBVTT\n\n${cues.join("\n\n")}\n`;
}
