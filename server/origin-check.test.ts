import { describe, expect, it } from "vitest";
import { isSameOriginOrSafe } from "./origin-check.js";

const host = "training.example:3000";

describe("cross-origin check", () => {
  it("lets safe methods through", () => {
    expect(isSameOriginOrSafe({ method: "GET", host, origin: "https://evil.example", fetchSite: "cross-site" })).toBe(true);
  });

  it("accepts a post from the same origin", () => {
    expect(isSameOriginOrSafe({ method: "POST", host, origin: `http://${host}`, fetchSite: "same-origin" })).toBe(true);
  });

  it("refuses a post from another origin", () => {
    expect(isSameOriginOrSafe({ method: "POST", host, origin: "https://evil.example", fetchSite: undefined })).toBe(false);
    expect(isSameOriginOrSafe({ method: "POST", host, origin: undefined, fetchSite: "cross-site" })).toBe(false);
    expect(isSameOriginOrSafe({ method: "POST", host, origin: "null", fetchSite: undefined })).toBe(false);
    expect(isSameOriginOrSafe({ method: "DELETE", host, origin: "not a url", fetchSite: undefined })).toBe(false);
  });

  it("allows non-browser clients that send neither header", () => {
    expect(isSameOriginOrSafe({ method: "POST", host, origin: undefined, fetchSite: undefined })).toBe(true);
  });
});
