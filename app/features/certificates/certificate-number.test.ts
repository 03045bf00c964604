import { describe, expect, it } from "vitest";
import { normalizeCertificateNumber, NUMBER_ALPHABET } from "./certificate-number";
import { newCertificateNumber } from "./certificate-number.server";

describe("certificate numbers", () => {
  it("are 12 Crockford base32 characters in groups of four", () => {
    const number = newCertificateNumber();
    expect(number).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(NUMBER_ALPHABET).toHaveLength(32);
  });

  it("do not repeat and use the whole alphabet", () => {
    const numbers = Array.from({ length: 2000 }, newCertificateNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    const used = new Set(numbers.join("").replace(/-/g, ""));
    expect(used.size).toBe(32);
  });

  it("accept what people type: lower case, spaces, no dashes, O for 0 and I or L for 1", () => {
    expect(normalizeCertificateNumber(" 7kqm 3h9x td2p ")).toBe("7KQM-3H9X-TD2P");
    expect(normalizeCertificateNumber("OIL0-1111-2222")).toBe("0110-1111-2222");
    expect(normalizeCertificateNumber("7KQM3H9XTD2P")).toBe("7KQM-3H9X-TD2P");
    expect(normalizeCertificateNumber("7KQM\u20113H9X\u2011TD2P")).toBe("7KQM-3H9X-TD2P");
  });

  it("refuse anything that cannot be a number", () => {
    expect(normalizeCertificateNumber("")).toBeNull();
    expect(normalizeCertificateNumber("7KQM-3H9X-TD2")).toBeNull();
    expect(normalizeCertificateNumber("7KQM-3H9X-TD2PX")).toBeNull();
    expect(normalizeCertificateNumber("7KQM-3H9X-TD2U")).toBeNull();
    expect(normalizeCertificateNumber("证书-3H9X-TD2P")).toBeNull();
  });
});
