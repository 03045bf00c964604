import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

describe("safeRedirect", () => {
  it("keeps same-site paths", () => {
    expect(safeRedirect("/en/trainer?x=1#top", "en")).toBe("/en/trainer?x=1#top");
  });

  it("refuses other sites and odd values", () => {
    for (const target of ["//evil.example", "https://evil.example", "/\\evil.example", "/\t/evil.example", "/\n/evil.example", "/%09/x", "", undefined, 42]) {
      const result = safeRedirect(target, "zh");
      expect(result.startsWith("/") && !result.startsWith("//")).toBe(true);
      expect(new URL(result, "http://site.test").host).toBe("site.test");
    }
    expect(safeRedirect("/\t/evil.example", "zh")).toBe("/zh");
  });
});
