import { describe, expect, it } from "vitest";
import { violations } from "./csp-reports.js";

describe("reading violation reports", () => {
  it("reads the report-uri format", () => {
    const body = { "csp-report": { "document-uri": "http://x/zh", "violated-directive": "script-src-elem", "blocked-uri": "inline", "script-sample": "alert(1)" } };
    expect(violations(body)).toEqual([{ documentUri: "http://x/zh", directive: "script-src-elem", blocked: "inline", sample: "alert(1)" }]);
  });

  it("reads the Reporting API format and ignores anything else", () => {
    const body = [{ type: "csp-violation", body: { documentURL: "http://x/en", effectiveDirective: "img-src", blockedURL: "http://evil.example/a.png" } }, { body: null }];
    expect(violations(body)).toEqual([{ documentUri: "http://x/en", directive: "img-src", blocked: "http://evil.example/a.png", sample: "" }]);
    expect(violations("nonsense")).toEqual([]);
    expect(violations(undefined)).toEqual([]);
  });
});
