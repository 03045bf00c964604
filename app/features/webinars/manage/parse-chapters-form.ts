import { isFreeOfHiddenCharacters } from "~/platform/text/hidden-characters";
import type { FieldErrors, FormResult } from "~/platform/forms/parse-form";
import { submittedValues } from "~/platform/forms/parse-form";
import { parseClockTime, type Chapter } from "../chapters";

/** How many chapter rows the form shows beyond those already saved. */
export const EMPTY_CHAPTER_ROWS = 3;
export const MAX_CHAPTERS = 50;

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "").trim();

/**
 * Reads the chapters form: rows `chapterAt-N`, `chapterZh-N`, `chapterEn-N`.
 * An all-empty row is skipped; a started row needs a time within the video
 * and both titles. The chapters come back in time order, without two at the
 * same time.
 */
export function parseChaptersForm(formData: FormData, durationSeconds: number): FormResult<Chapter[]> {
  const errors: FieldErrors = {};
  const chapters: Chapter[] = [];
  for (let row = 0; row < MAX_CHAPTERS + EMPTY_CHAPTER_ROWS; row += 1) {
    const [atText, zh, en] = [text(formData, `chapterAt-${row}`), text(formData, `chapterZh-${row}`), text(formData, `chapterEn-${row}`)];
    if (!atText && !zh && !en) continue;
    const at = parseClockTime(atText);
    if (at === null) errors[`chapterAt-${row}`] = { key: "validation.clockTime" };
    else if (durationSeconds > 0 && at >= durationSeconds) errors[`chapterAt-${row}`] = { key: "validation.afterVideoEnd" };
    else if (chapters.some((chapter) => chapter.at === at)) errors[`chapterAt-${row}`] = { key: "validation.sameTimeTwice" };
    for (const [name, value] of [[`chapterZh-${row}`, zh], [`chapterEn-${row}`, en]] as const) {
      if (!value) errors[name] = { key: "validation.required" };
      else if (value.length > 120) errors[name] = { key: "validation.tooLong", values: { max: 120 } };
      else if (!isFreeOfHiddenCharacters(value)) errors[name] = { key: "validation.hiddenCharacters" };
    }
    if (at !== null && zh && en) chapters.push({ at, title: { zh, en } });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors, values: submittedValues(formData) };
  return { ok: true, data: chapters.sort((a, b) => a.at - b.at) };
}
