import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { asText, toCsv } from "./csv.server";

const cells = (csv: string) => parse(csv.replace(/^\uFEFF/, "")) as string[][];

describe("toCsv", () => {
  it.each(["=1+1", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x","y")'])("neutralizes %j with a leading apostrophe", (value) => {
    expect(cells(toCsv(["h"], [[value]]))[1]).toEqual([`'${value}`]);
  });

  it("leaves ordinary text, Chinese and computed numbers alone", () => {
    expect(cells(toCsv(["名称", "n"], [["宁波示例玩具有限公司", -3], ["a-b", 0.5]]))).toEqual([["名称", "n"], ["宁波示例玩具有限公司", "-3"], ["a-b", "0.5"]]);
  });

  it("keeps phone numbers as text, so a leading + or 0 survives a spreadsheet", () => {
    const rows = [[asText("+8613800138000")], [asText("05748765432")], [asText("13800138000")], [asText("+86 138 0013 8000")], [asText("")]];
    expect(cells(toCsv(["phone"], rows)).slice(1).flat()).toEqual(["'+8613800138000", "'05748765432", "'13800138000", "'+86 138 0013 8000", ""]);
  });
});
