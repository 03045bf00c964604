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
  titleZh: "美国玩具安全要求与合规实务（宁波）",
  titleEn: "U.S. Toy Safety Requirements in Practice (Ningbo)",
  issuers: [
    { zh: "产品安全培训平台", en: "Product Safety Training" },
    { zh: "美国消费品安全委员会（CPSC）", en: "U.S. Consumer Product Safety Commission (CPSC)" },
  ],
  completedOn: new Date("2026-11-20T01:00:00Z"),
  issuedAt: new Date("2026-11-20T01:00:05Z"),
};

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

  it("never draws invisible control characters stored in a name", async () => {
    const hostile = { ...certificate, holderName: "Evil\u202Egnp.exe\u0000\u2066Li\u2069" };
    const pdf = await renderCertificatePdf({ certificate: hostile, verifyUrl: "http://localhost:3000/verify/7KQM-3H9X-TD2P", keyId: "test-key" });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "certificate-")), "certificate.pdf");
    fs.writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
    expect(text).toContain("Evilgnp.exeLi");
    expect([...text].filter((character) => "\u0000\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069".includes(character))).toEqual([]);
  });
});
