import { describe, expect, it } from "vitest";
import { toCsv } from "~/platform/csv/csv.server";
import { isFreeOfHiddenCharacters, withoutHiddenCharacters } from "./hidden-characters";

const HOSTILE = ["\u0000", "\u0007", "\u001B", "\u007F", "\u0085", "\u061C", "\u200B", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2060", "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF", "\uFFF9"];

describe("hidden characters", () => {
  it("finds and drops NUL, controls, direction overrides and isolates, and zero-width spaces", () => {
    for (const character of HOSTILE) {
      expect(isFreeOfHiddenCharacters(`Li${character}Wei`), character.codePointAt(0)!.toString(16)).toBe(false);
      expect(withoutHiddenCharacters(`Li${character}Wei`)).toBe("LiWei");
    }
  });

  it("keeps ordinary text in any script, line breaks, tabs and emoji joiners", () => {
    for (const text of ["李伟", "José Müller", "Line one\r\nline two\ttab", "👩‍👩‍👧", "مرحبا", "ﾃｽﾄ"]) {
      expect(isFreeOfHiddenCharacters(text), text).toBe(true);
      expect(withoutHiddenCharacters(text)).toBe(text);
    }
  });
});

describe("CSV cells", () => {
  it("carry no hidden characters and cannot become formulas, while numbers stay numbers", () => {
    const csv = toCsv(["name", "company", "count"], [["Evil\u202Egnp.exe\u0000", "=HYPERLINK(\"http://evil.example\")", -3], ["+8613800138000", "@SUM(A1)", 4]]);
    expect(csv.includes("\u0000") || csv.includes("\u202E")).toBe(false);
    expect(csv).toContain("Evilgnp.exe");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(csv).toContain("'+8613800138000");
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).toContain(",-3\r\n");
  });
});
