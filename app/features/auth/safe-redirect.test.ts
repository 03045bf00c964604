import { describe, expect, it } from "vitest";
import { safeRedirect } from "./safe-redirect";

/** Where a browser on site.test ends up when the server redirects to `location`. */
function landsOn(location: string): string {
  return new URL(location, "https://site.test/zh/login").host;
}

describe("safeRedirect", () => {
  it("keeps same-site paths with their query and fragment", () => {
    expect(safeRedirect("/en/trainer?x=1#top", "en")).toBe("/en/trainer?x=1#top");
    expect(safeRedirect("/zh/courses/toy-safety-us/lead-and-phthalates", "zh")).toBe("/zh/courses/toy-safety-us/lead-and-phthalates");
    expect(safeRedirect("/zh/verify?next=%2Fzh%2Flearning", "zh")).toBe("/zh/verify?next=%2Fzh%2Flearning");
  });

  it("resolves harmless dot segments to the path a browser would open", () => {
    expect(safeRedirect("/zh/./courses/../learning", "zh")).toBe("/zh/learning");
  });

  const hostile = [
    "//evil.example",
    "///evil.example",
    "////evil.example",
    "https://evil.example",
    "http:evil.example",
    "https:evil.example",
    "https:/evil.example",
    "javascript:alert(1)",
    "data:text/html,hi",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/.//evil.example",
    "/./\\evil.example",
    "/a/..//evil.example",
    "/zh/../..//evil.example",
    "/%2e//evil.example",
    "/%2E%2E//evil.example",
    "/%2e%2e/%2e%2e//evil.example",
    "/.%2e//evil.example",
    "/%2F%2Fevil.example",
    "/%2f/evil.example",
    "/%5Cevil.example",
    "/%5c%5cevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/ev\til.example",
    "/\x00/evil.example",
    " //evil.example",
    "\t//evil.example",
    "evil.example",
    "@evil.example",
    "",
    undefined,
    null,
    42,
    ["/zh"],
  ];

  it.each(hostile.map((target) => [JSON.stringify(target), target]))("refuses %s", (_label, target) => {
    const result = safeRedirect(target, "zh");
    expect(result).toBe("/zh");
    expect(landsOn(result)).toBe("site.test");
  });

  it("never returns a location that leaves the site, whatever it is given", () => {
    const pieces = ["/", "//", "\\", ".", "..", "%2e", "%2f", "%5c", "evil.example", "\t", "@", ":", "https:", "?", "#", "%09", "%00"];
    for (const a of pieces) for (const b of pieces) for (const c of pieces) {
      const result = safeRedirect(`/${a}${b}${c}`, "en");
      expect(result.startsWith("/") && !result.startsWith("//")).toBe(true);
      expect(landsOn(result)).toBe("site.test");
    }
  });
});
