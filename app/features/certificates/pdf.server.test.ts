import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderCertificatePdf } from "./pdf.server";
import type { VerifiedCertificate } from "./verification.server";

const certificate: VerifiedCertificate = {
  number: "7KQM-3H9X-TD2P",
  holderName: "王小明",
  achievementType: "training",
  achievementId: "session-id",
  titleZh: "美国玩具安全要求与合规实务（宁波）",
  titleEn: "U.S. Toy Safety Requirements in Practice (Ningbo)",
  issuers: [
    { zh: "产品安全培训平台", en: "Product Safety Training" },
    { zh: "美国消费品安全委员会（CPSC）", en: "U.S. Consumer Product Safety Commission (CPSC)" },
  ],
  completedOn: new Date("2026-11-20T01:00:00Z"),
  issuedAt: new Date("2026-11-20T01:00:05Z"),
};

async function renderToFile(): Promise<string> {
  const pdf = await renderCertificatePdf({ certificate, verifyUrl: "http://localhost:3000/verify/7KQM-3H9X-TD2P", keyId: "test-key" });
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "certificate-")), "certificate.pdf");
  fs.writeFileSync(file, pdf);
  return file;
}

type QpdfObject = { value?: Record<string, unknown> };

/** Every object of the file as qpdf's JSON (version 2) shows it. */
function pdfObjects(file: string): Record<string, unknown>[] {
  const json = JSON.parse(execFileSync("qpdf", ["--json", "--json-key=qpdf", file], { encoding: "utf8", maxBuffer: 32 * 1024 * 1024 })) as { qpdf: [unknown, Record<string, QpdfObject>] };
  return Object.values(json.qpdf[1]).flatMap((object) => (object.value && typeof object.value === "object" ? [object.value] : []));
}

describe("certificate PDF", () => {
  it("is one landscape page with both languages, the subset CJK font embedded, and the verification address", async () => {
    const pdf = await renderCertificatePdf({ certificate, verifyUrl: "http://localhost:3000/verify/7KQM-3H9X-TD2P", keyId: "test-key" });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "certificate-")), "certificate.pdf");
    fs.writeFileSync(file, pdf);
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
    expect(fonts).toMatch(/[A-Z]{6}\+WenQuanYiMicroHei\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    for (const expected of ["结业证书", "Certificate of Completion", "王小明", "美国玩具安全要求与合规实务（宁波）", "U.S. Toy Safety Requirements in Practice", "7KQM-3H9X-TD2P", "2026年11月20日", "November 20, 2026", "U.S. Consumer Product Safety Commission", "扫码验证"]) {
      expect(text).toContain(expected);
    }
    expect(pdf.byteLength).toBeLessThan(200_000);
  });

  it("passes qpdf's structural check", async () => {
    const file = await renderToFile();
    expect(execFileSync("qpdf", ["--check", file], { encoding: "utf8" })).toContain("No syntax or stream encoding errors found");
  });

  it("carries XMP metadata: bilingual title, issuer, subject, both languages and the issue date", async () => {
    const file = await renderToFile();
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    expect(info).toMatch(/Metadata Stream:\s+yes/);
    expect(info).toMatch(/CreationDate:\s+Fri Nov 20 01:00:05 2026 UTC/);
    const xmp = execFileSync("pdfinfo", ["-meta", file], { encoding: "utf8" });
    expect(xmp).toContain('<rdf:li xml:lang="zh-CN">结业证书 7KQM-3H9X-TD2P</rdf:li>');
    expect(xmp).toContain('<rdf:li xml:lang="en">Certificate of Completion 7KQM-3H9X-TD2P</rdf:li>');
    expect(xmp).toContain("<dc:creator><rdf:Seq><rdf:li>产品安全培训平台 Product Safety Training; 美国消费品安全委员会（CPSC） U.S. Consumer Product Safety Commission (CPSC)</rdf:li></rdf:Seq></dc:creator>");
    expect(xmp).toContain("美国玩具安全要求与合规实务（宁波） / U.S. Toy Safety Requirements in Practice (Ningbo)");
    expect(xmp).toContain("<dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li><rdf:li>en</rdf:li></rdf:Bag></dc:language>");
    expect(xmp).toContain("<xmp:CreateDate>2026-11-20T01:00:05Z</xmp:CreateDate>");
  });

  it("is tagged: structure tree in reading order, headings, languages and the QR code's alternative text", async () => {
    const file = await renderToFile();
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toMatch(/Tagged:\s+yes/);
    const structure = execFileSync("pdfinfo", ["-struct-text", file], { encoding: "utf8" });
    const order = ["H1", "结业证书", "Certificate of Completion", "H2", "王小明", "美国玩具安全要求与合规实务（宁波）", "7KQM-3H9X-TD2P", "Figure", "扫码验证"].map((text) => structure.indexOf(text));
    expect(order.every((index) => index >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);

    const objects = pdfObjects(file);
    const catalog = objects.find((object) => object["/Type"] === "/Catalog")!;
    expect(catalog["/MarkInfo"]).toEqual({ "/Marked": true });
    expect(catalog["/Lang"]).toBe("u:zh-CN");
    expect(catalog["/StructTreeRoot"]).toBeTruthy();
    const figure = objects.find((object) => object["/S"] === "/Figure")!;
    expect(figure["/Alt"]).toBe("u:二维码：打开核验页面 http://localhost:3000/verify/7KQM-3H9X-TD2P  QR code that opens the verification page http://localhost:3000/verify/7KQM-3H9X-TD2P");
    const englishTitle = objects.find((object) => object["/S"] === "/P" && object["/Lang"] === "u:en");
    expect(englishTitle).toBeTruthy();
    // Every marked piece of text belongs to the tree: the page's parent tree lists one element per marked-content id.
    const page = objects.find((object) => object["/Type"] === "/Page")!;
    expect(page["/StructParents"]).toBe(0);
  });

  it("never draws invisible control characters stored in a name", async () => {
    const hostile = { ...certificate, holderName: "Evil\u202Egnp.exe\u0000\u2066Li\u2069" };
    const pdf = await renderCertificatePdf({ certificate: hostile, verifyUrl: "http://localhost:3000/verify/7KQM-3H9X-TD2P", keyId: "test-key" });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "certificate-")), "certificate.pdf");
    fs.writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain("Evilgnp.exeLi");
    expect([...text].filter((character) => "\u0000\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".includes(character))).toEqual([]);
  });

  it("says attendance of a live webinar, with its date and the minutes attended, in both languages", async () => {
    const attendance: VerifiedCertificate = { ...certificate, achievementType: "live", titleZh: "直播：儿童产品召回", titleEn: "Live: children's product recalls", minutesAttended: 42 };
    const pdf = await renderCertificatePdf({ certificate: attendance, verifyUrl: "http://localhost:3000/verify/7KQM-3H9X-TD2P", keyId: "test-key" });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "certificate-")), "certificate.pdf");
    fs.writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    for (const expected of ["参会证明", "Certificate of Attendance", "已参加网络研讨会直播", "has attended the live webinar", "直播：儿童产品召回", "Live: children's product recalls", "观看时长", "Minutes attended", "42 分钟", "42 min", "2026年11月20日", "November 20, 2026"]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain("Certificate of Completion");
    expect(execFileSync("pdfinfo", [file], { encoding: "utf8" })).toContain("Certificate of Attendance 7KQM-3H9X-TD2P");
  });
});
