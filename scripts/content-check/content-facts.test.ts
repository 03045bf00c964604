// Facts that were once wrong in the shipped content, checked in every file
// that states them, so they cannot come back unnoticed.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadTermbase, TERMBASE_FILE } from "~/features/glossary/content/load-termbase.server";

const CONTENT_ROOTS = ["courses", "resources", "webinars", "app/locales"];
const TEXT_FILE = /\.(md|ya?ml|txt|vtt|ts)$/;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : TEXT_FILE.test(entry.name) ? [full] : [];
  });
}

/** Every line of shipped content (and UI strings) containing one of the phrases, as "file:line: text"; the termbase's lists of rejected variants do not count. */
function linesContaining(phrases: (string | RegExp)[], files = CONTENT_ROOTS.flatMap(filesUnder)): string[] {
  return files.flatMap((file) =>
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .flatMap((text, index) => {
        if (file === TERMBASE_FILE && text.trim().startsWith("rejected:")) return [];
        const found = phrases.some((phrase) => (typeof phrase === "string" ? text.includes(phrase) : phrase.test(text)));
        return found ? [`${file}:${index + 1}: ${text.trim()}`] : [];
      }),
  );
}

/** The eight phthalates of 16 CFR 1307.3(a) and (b). */
const PHTHALATES_1307 = ["BBP", "DBP", "DCHP", "DEHP", "DHEXP", "DIBP", "DINP", "DPENP"];
const PHTHALATE_ABBREVIATION = /\b(?:D[A-Z]{1,4}P|BBP)\b/g;

describe("corrected facts stay corrected", () => {
  it("names DIBP, never DIPP (diisopentyl phthalate), as the phthalate of 16 CFR 1307", () => {
    expect(linesContaining(["DIPP", "diisopentyl", "邻苯二甲酸二异戊酯"])).toEqual([]);
  });

  it("translates “material change” as 重大变更, never 材料变更", () => {
    expect(linesContaining(["材料变更"])).toEqual([]);
  });

  it("states the inflation-adjusted civil penalty maximums, not the CPSIA's original $100,000 and $15 million", () => {
    expect(linesContaining(["$100,000", "$15 million", "$15,000,000", "10 万美元", "1,500 万美元", "100,000 美元", "15,000,000 美元", "十万美元"])).toEqual([]);
    expect(linesContaining(["$120,000"]).length).toBeGreaterThan(0);
    expect(linesContaining(["$17,150,000"]).length).toBeGreaterThan(0);
  });

  it("does not present the pre-2026 certificate rule as current", () => {
    expect(linesContaining([/accompan(?:y|ies) the (?:product or )?shipment/i, "随附货物", "随附产品或货物", "seven required elements", "七项必备", /eFiling[^.]*pending/i])).toEqual([]);
  });

  it("credits the webinar recordings to the platform's training team, not CPSC staff", () => {
    expect(linesContaining(["CPSC staff", "CPSC 工作人员"], filesUnder("webinars"))).toEqual([]);
  });

  it("gives no founding year for Fast Track", () => {
    expect(linesContaining([/Fast Track[^.]*\b19\d\d\b/, /快速召回[^。]*19\d\d/])).toEqual([]);
  });

  it("lists the same eight phthalates in the termbase, the toy module, its quiz and the buyers' webinar", () => {
    const termbase = loadTermbase(TERMBASE_FILE).terms.flatMap((term) => term.en.match(/ phthalate \(([A-Z]+)\)$/)?.slice(1) ?? []);
    expect(termbase.sort()).toEqual(PHTHALATES_1307);
    const module = "courses/toy-safety-us/modules/lead-and-phthalates";
    const webinar = "webinars/buyers-toy-checklist";
    for (const file of [`${module}/en.md`, `${module}/zh.md`, `${module}/quiz.yaml`, `${webinar}/slides/05-phthalates.txt`, `${webinar}/webinar.yaml`, `${webinar}/captions.zh.vtt`, `${webinar}/captions.en.vtt`]) {
      const named = [...new Set(fs.readFileSync(file, "utf8").match(PHTHALATE_ABBREVIATION))].sort();
      expect(named, file).toEqual(PHTHALATES_1307);
    }
  });
});
