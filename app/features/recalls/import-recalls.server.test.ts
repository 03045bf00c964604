import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "~/platform/db/db.server";
import { classifyCategory, classifyHazard, isMadeInChina } from "./classify";
import { importRecalls, MAX_RECALLS_PER_FILE, MAX_REPORTED_REJECTIONS, parseRecallFile, RecallFileError } from "./import-recalls.server";

const good = (number: string, overrides: Record<string, unknown> = {}) => ({
  RecallNumber: number,
  RecallDate: "2025-03-06T00:00:00",
  Title: "Test Toy Recalled Due to Choking Hazard",
  URL: `https://example.org/recalls/${number}`,
  Products: [{ Name: "Test toy", Type: "Toys", NumberOfUnits: "About 1,000" }],
  Hazards: [{ Name: "A wheel can detach, posing a choking hazard.", HazardType: "" }],
  Remedies: [{ Name: "Refund" }],
  ManufacturerCountries: [{ Country: "China" }],
  ...overrides,
});

describe("importRecalls", () => {
  it("keeps the good records, rejects the bad ones with reasons, and is idempotent by recall number", async () => {
    const records = [
      good("T-100"),
      good("T-101", { Hazards: [], URL: "javascript:alert(1)" }),
      { Title: "no number" },
      "not a record",
      good("T-100"),
      good("T-102", { RecallDate: "2025-13-45", ManufacturerCountries: [{ Country: "Vietnam" }] }),
      good("T-103", { Products: [{ Name: "  " }] }),
    ];
    const report = await importRecalls(records, null, "test.json");
    expect(report.created).toEqual(["T-100"]);
    expect(report.unchanged).toEqual([]);
    expect(report.rejected).toEqual([
      { index: 1, recallNumber: "T-101", reasons: [{ field: "URL", problem: "invalid" }, { field: "Hazards", problem: "empty" }] },
      {
        index: 2,
        recallNumber: null,
        reasons: expect.arrayContaining([
          { field: "RecallNumber", problem: "missing" },
          { field: "Products", problem: "missing" },
          { field: "URL", problem: "missing" },
        ]),
      },
      { index: 3, recallNumber: null, reasons: [{ field: "(record)", problem: "invalid" }] },
      { index: 4, recallNumber: "T-100", reasons: [{ field: "RecallNumber", problem: "duplicate" }] },
      { index: 5, recallNumber: "T-102", reasons: [{ field: "RecallDate", problem: "invalid" }] },
      { index: 6, recallNumber: "T-103", reasons: [{ field: "Products[0].Name", problem: "missing" }] },
    ]);

    const row = await db.recall.findUniqueOrThrow({ where: { recallNumber: "T-100" } });
    expect(row).toMatchObject({
      month: "2025-03",
      madeInChina: true,
      category: "toys",
      hazardKind: "choking",
      nameEn: "Test toy",
      units: "About 1,000",
      enStatus: "published",
      zhStatus: "missing",
      nameZh: "",
      sample: false,
    });
    expect(row.recallDate.toISOString()).toBe("2025-03-06T00:00:00.000Z");

    // A translation made after the first import survives importing the same file again.
    await db.recall.update({ where: { id: row.id }, data: { nameZh: "测试玩具", zhStatus: "published" } });
    const again = await importRecalls([good("T-100"), good("T-104")], null, "test.json");
    expect(again).toEqual({ created: ["T-104"], unchanged: ["T-100"], rejected: [], rejectedCount: 0 });
    expect(await db.recall.findUniqueOrThrow({ where: { recallNumber: "T-100" } })).toMatchObject({ nameZh: "测试玩具", zhStatus: "published" });
    expect(await db.recall.count({ where: { recallNumber: { startsWith: "T-1" } } })).toBe(2);

    const audits = await db.auditEntry.findMany({ where: { action: "recall.import" }, orderBy: { createdAt: "asc" } });
    expect(audits).toHaveLength(2);
    expect(JSON.parse(audits[0]!.details)).toEqual({ created: ["T-100"], unchanged: 0, rejected: 6 });
  });

  it("imports the shipped sample file, every record marked as sample data", async () => {
    const records = parseRecallFile(fs.readFileSync("recalls/sample-recalls.json", "utf8"));
    const report = await importRecalls(records, null, "sample-recalls.json");
    expect(report.rejected).toEqual([]);
    expect(report.created).toHaveLength(records.length);
    const rows = await db.recall.findMany({ where: { recallNumber: { in: report.created } } });
    expect(rows.every((row) => row.sample && row.recallNumber.startsWith("SAMPLE-"))).toBe(true);
    expect(rows.filter((row) => !row.madeInChina).map((row) => row.recallNumber)).toEqual(["SAMPLE-2609-05"]);
  });
});

describe("importing a file of bad records", () => {
  it("reports every rejection in its count but lists only the first ones, each with a few reasons", async () => {
    const products = Array.from({ length: 200 }, () => ({ Name: 7 }));
    const records = Array.from({ length: 300 }, (_, i) => (i % 2 ? {} : good(`BAD-${i}`, { Products: products })));
    const report = await importRecalls(records, null, "bad.json");
    expect(report.rejectedCount).toBe(300);
    expect(report.rejected).toHaveLength(MAX_REPORTED_REJECTIONS);
    expect(report.rejected[0]!.reasons.length).toBeLessThanOrEqual(10);
    expect(report.created).toEqual([]);
  });

  it("refuses a file with more records than a file may hold, before checking them", () => {
    const text = JSON.stringify(Array.from({ length: MAX_RECALLS_PER_FILE + 1 }, () => ({})));
    expect(() => parseRecallFile(text)).toThrowError(expect.objectContaining({ problem: "tooManyRecords" }));
    expect(parseRecallFile(JSON.stringify(Array.from({ length: MAX_RECALLS_PER_FILE }, () => ({}))))).toHaveLength(MAX_RECALLS_PER_FILE);
  });
});

describe("parseRecallFile", () => {
  it("accepts a JSON array (with or without a byte-order mark) and refuses anything else", () => {
    expect(parseRecallFile('\uFEFF[{"a":1}]')).toEqual([{ a: 1 }]);
    expect(() => parseRecallFile("{not json")).toThrow(RecallFileError);
    expect(() => parseRecallFile('{"RecallNumber":"1"}')).toThrowError(expect.objectContaining({ problem: "notList" }));
  });
});

describe("classification", () => {
  it("finds China among the manufacturer countries, but not Taiwan", () => {
    expect(isMadeInChina(["Vietnam", "China"])).toBe(true);
    expect(isMadeInChina(["People's Republic of China"])).toBe(true);
    expect(isMadeInChina(["Taiwan, Province of China"])).toBe(false);
    expect(isMadeInChina([])).toBe(false);
  });

  it("names the category and the hazard from the text", () => {
    expect(classifyCategory("Plush toys recalled")).toBe("toys");
    expect(classifyCategory("Children's sleepwear")).toBe("apparel");
    expect(classifyCategory("Space heaters")).toBe("electrical");
    expect(classifyCategory("Bath seat")).toBe("general");
    expect(classifyHazard("", "The charms contain lead. Lead is toxic if ingested.")).toBe("chemical");
    expect(classifyHazard("", "Magnets can be swallowed")).toBe("ingestion");
    expect(classifyHazard("Fire", "overheats")).toBe("fire");
    expect(classifyHazard("", "Something else entirely")).toBe("other");
  });
});
