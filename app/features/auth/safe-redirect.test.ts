import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

describe("safeRedirect", () => {
  it("keeps same-site paths", () => {
    expect(safeRedirect("/en/trainer?x=1", "en")).toBe("/en/trainer?x=1");
  });

  it("refuses other sites and odd values", () => {
    for (const target of ["//evil.example", "https://evil.example", "/\\evil.example", "", undefined, 42]) {
      expect(safeRedirect(target, "zh")).toBe("/zh");
    }
  });
});
