import { describe, expect, it } from "vitest";
import { textWidthEm, wrapText } from "./wrap-text";

describe("wrapping chart labels", () => {
  it("breaks Chinese text between characters without starting a line with closing punctuation", () => {
    const lines = wrapText("进口到美国的玩具，儿童产品证书（CPC）由谁签发？", 10);
    expect(lines.join("")).toBe("进口到美国的玩具，儿童产品证书（CPC）由谁签发？");
    for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(11);
    for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。？）]/);
    expect(lines.length).toBeGreaterThan(2);
  });

  it("keeps English words whole and cuts only a word longer than a line", () => {
    const lines = wrapText("For toys imported into the U.S., who issues the Children's Product Certificate?", 14);
    expect(lines.join(" ")).toBe("For toys imported into the U.S., who issues the Children's Product Certificate?");
    for (const line of lines) expect(textWidthEm(line)).toBeLessThanOrEqual(14);
    expect(wrapText("Supercalifragilisticexpialidocious", 6).join("")).toBe("Supercalifragilisticexpialidocious");
    expect(wrapText("", 10)).toEqual([]);
  });
});
