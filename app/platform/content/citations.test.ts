import { describe, expect, it } from "vitest";
import { citationsIn, isCovered } from "./citations";
import { isOfficialSourceUrl, sourceSchema } from "./sources";

const keys = (line: string) => citationsIn(line).map((citation) => citation.key);

describe("regulation citations in text", () => {
  it("reduces CFR citations to their parts, lists included", () => {
    expect(keys("Under 16 CFR 1307.3 and 16 CFR 1500.19(b)")).toEqual(["16 CFR 1307", "16 CFR 1500"]);
    expect(keys("(16 CFR 1500.91, 1308); 16 CFR 1615 and 1616; 16 CFR 1500.51 至 1500.53")).toEqual(["16 CFR 1500", "16 CFR 1308", "16 CFR 1615", "16 CFR 1616", "16 CFR 1500"]);
    expect(keys("16 CFR 第 1250 部分以引用方式纳入")).toEqual(["16 CFR 1250"]);
    // Numbers after a citation that are not CFR parts are not taken for parts.
    expect(keys("16 CFR 1303 and 100 ppm, 16 CFR 1307, 1,000 ppm")).toEqual(["16 CFR 1303", "16 CFR 1307"]);
  });

  it("reads statute sections in English, with the act before or after", () => {
    expect(keys("CPSA section 15(b) and 24 hours")).toEqual(["CPSA 15(b)"]);
    expect(keys("Section 103 of the CPSIA added section 14(a)(5) to the Consumer Product Safety Act.")).toEqual(["CPSIA 103", "CPSA 14(a)(5)"]);
    expect(keys("the remedies of CPSA Section 15(c) and (d)")).toEqual(["CPSA 15(c)", "CPSA 15(d)"]);
    expect(keys("section 3(a)(2) of the Consumer Product Safety Act (CPSA)")).toEqual(["CPSA 3(a)(2)"]);
  });

  it("reads statute sections in Chinese", () => {
    expect(keys("CPSA 第 15(c) 和 15(d) 条")).toEqual(["CPSA 15(c)", "CPSA 15(d)"]);
    expect(keys("根据《消费品安全法》（CPSA）第 3(a)(2) 条")).toEqual(["CPSA 3(a)(2)"]);
    expect(keys("CPSIA 第 103 条在 CPSA 中增加了第 14(a)(5) 条")).toEqual(["CPSIA 103", "CPSA 14(a)(5)"]);
    expect(keys("《消费品安全改进法》第 101 条")).toEqual(["CPSIA 101"]);
  });

  it("reads Federal Register pages and leaves sections without an act alone", () => {
    expect(keys("the final rule (90 FR 1800)")).toEqual(["90 FR 1800"]);
    expect(keys("第 15(b) 条规定的报告; the section 15(b) report; ASTM F963-23")).toEqual([]);
  });

  it("covers a citation by the same part or page, or by a section that contains it", () => {
    expect(isCovered("16 CFR 1307", ["16 CFR 1307"])).toBe(true);
    expect(isCovered("16 CFR 1307", ["16 CFR 1303"])).toBe(false);
    expect(isCovered("CPSA 14(a)(5)", ["CPSA 14"])).toBe(true);
    expect(isCovered("CPSA 15(b)", ["CPSA 15(c)"])).toBe(false);
    expect(isCovered("CPSA 15", ["CPSA 15(b)"])).toBe(false);
    expect(isCovered("CPSIA 101", ["CPSA 101"])).toBe(false);
    expect(isCovered("90 FR 1800", ["90 FR 1800"])).toBe(true);
  });
});

describe("sources", () => {
  it("accepts only https addresses of eCFR, the Federal Register, GovInfo and CPSC", () => {
    for (const url of ["https://www.ecfr.gov/current/title-16/part-1307", "https://www.federalregister.gov/d/2024-30826", "https://www.govinfo.gov/app/details/PLAW-110publ314", "https://www.cpsc.gov/eFiling"]) {
      expect(isOfficialSourceUrl(url), url).toBe(true);
    }
    for (const url of ["http://www.ecfr.gov/current/title-16/part-1307", "https://ecfr.gov.example.com/x", "https://example.com/cpsc.gov", "https://notcpsc.gov/", "ecfr.gov/part-1307"]) {
      expect(isOfficialSourceUrl(url), url).toBe(false);
    }
  });

  it("wants CFR sources cited at part level, one regulation per source", () => {
    const url = "https://www.ecfr.gov/current/title-16/part-1500";
    expect(sourceSchema.safeParse({ citation: "16 CFR 1500", url }).success).toBe(true);
    expect(sourceSchema.safeParse({ citation: "CPSC: eFiling", url: "https://www.cpsc.gov/eFiling" }).success).toBe(true);
    const section = sourceSchema.safeParse({ citation: "16 CFR 1500.19", url });
    expect(section.error?.issues[0]?.message).toBe('cite a CFR part, not a section: write "16 CFR 1500"');
    expect(sourceSchema.safeParse({ citation: "16 CFR 1500 and 1501", url }).success).toBe(false);
  });
});
