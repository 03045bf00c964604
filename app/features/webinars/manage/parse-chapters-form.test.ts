import { describe, expect, it } from "vitest";
import { chaptersVtt } from "../chapters";
import { parseChaptersForm } from "./parse-chapters-form";

function form(rows: [string, string, string][]): FormData {
  const data = new FormData();
  rows.forEach(([at, zh, en], row) => {
    data.set(`chapterAt-${row}`, at);
    data.set(`chapterZh-${row}`, zh);
    data.set(`chapterEn-${row}`, en);
  });
  return data;
}

describe("the chapters form", () => {
  it("skips empty rows and returns the chapters in time order", () => {
    const result = parseChaptersForm(form([["1:30", "检测", "Testing"], ["", "", ""], ["0:00", "开场", "Opening"]]), 300);
    expect(result).toEqual({ ok: true, data: [{ at: 0, title: { zh: "开场", en: "Opening" } }, { at: 90, title: { zh: "检测", en: "Testing" } }] });
  });

  it("refuses a malformed time, a time after the end, the same time twice and a missing title, each at its field", () => {
    const result = parseChaptersForm(form([["1:5", "甲", "A"], ["9:00", "乙", "B"], ["0:10", "丙", ""], ["0:20", "丁", "D"], ["0:20", "戊", "E"]]), 300);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      "chapterAt-0": { key: "validation.clockTime" },
      "chapterAt-1": { key: "validation.afterVideoEnd" },
      "chapterEn-2": { key: "validation.required" },
      "chapterAt-4": { key: "validation.sameTimeTwice" },
    });
    expect(result.values["chapterZh-2"]).toBe("丙");
  });

  it("writes a WebVTT chapters track whose cues end where the next chapter starts", () => {
    expect(chaptersVtt([{ at: 0, title: { zh: "开场", en: "Opening" } }, { at: 90, title: { zh: "检测", en: "Testing --> lab" } }], 120)).toBe(
      "WEBVTT\n\nchapter-1\n00:00:00.000 --> 00:01:30.000\n开场 / Opening\n\nchapter-2\n00:01:30.000 --> 00:02:00.000\n检测 / Testing → lab\n",
    );
  });
});
