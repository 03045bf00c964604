import { describe, expect, it } from "vitest";
import { preferredMediaType } from "./content-negotiation.server";

const OFFERED = ["text/html", "application/ld+json", "application/json"] as const;
const ask = (accept?: string) => preferredMediaType(new Request("http://localhost/x", { headers: accept === undefined ? {} : { Accept: accept } }), OFFERED);

describe("preferred media type", () => {
  it("gives a browser the page and a verifier the JSON-LD", () => {
    expect(ask("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")).toBe("text/html");
    expect(ask("application/ld+json")).toBe("application/ld+json");
    expect(ask("application/json")).toBe("application/json");
  });

  it("follows q-values, not the mere mention of a type", () => {
    expect(ask("text/html;q=0.9, application/json;q=0.1")).toBe("text/html");
    expect(ask("application/ld+json;q=0.2, text/html;q=0.5")).toBe("text/html");
    expect(ask("text/html;q=0, application/*")).toBe("application/ld+json");
  });

  it("takes the first offered type without an Accept header or with */*", () => {
    expect(ask()).toBe("text/html");
    expect(ask("*/*")).toBe("text/html");
  });

  it("answers null when nothing offered is acceptable", () => {
    expect(ask("image/png")).toBeNull();
  });
});
