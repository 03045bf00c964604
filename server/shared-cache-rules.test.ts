import { describe, expect, it } from "vitest";
import { setsOnlyShareableCookies, sharedFreshness, shareableCookies } from "./shared-cache-rules.js";

const LANGUAGE_ONLY = new Set(["lng"]);

describe("shared cache rules", () => {
  it("reads the freshness a public response grants a shared cache", () => {
    expect(sharedFreshness("public, max-age=0, s-maxage=5, stale-while-revalidate=60")).toEqual({ freshMs: 5_000, staleMs: 60_000 });
    expect(sharedFreshness("Public, S-MaxAge=10")).toEqual({ freshMs: 10_000, staleMs: 0 });
  });

  it.each([undefined, "", "public", "public, max-age=60", "private, s-maxage=5", "public, s-maxage=5, no-store", "public, s-maxage=0", "public, s-maxage=abc", "s-maxage=5"])(
    "grants nothing for %j",
    (cacheControl) => {
      expect(sharedFreshness(cacheControl)).toBeNull();
    },
  );

  it("shares only requests whose cookies are all shareable, keyed in a stable order", () => {
    expect(shareableCookies(undefined, LANGUAGE_ONLY)).toBe("");
    expect(shareableCookies("lng=ImVuIg%3D%3D", LANGUAGE_ONLY)).toBe("lng=ImVuIg%3D%3D");
    expect(shareableCookies("__session=abc; lng=x", LANGUAGE_ONLY)).toBeNull();
    expect(shareableCookies("lngx=1", LANGUAGE_ONLY)).toBeNull();
    expect(shareableCookies("b=2; a=1", new Set(["a", "b"]))).toBe(shareableCookies("a=1; b=2", new Set(["a", "b"])));
  });

  it("accepts responses that set only shareable cookies", () => {
    expect(setsOnlyShareableCookies([], LANGUAGE_ONLY)).toBe(true);
    expect(setsOnlyShareableCookies(["lng=ImVuIg%3D%3D; Path=/; HttpOnly"], LANGUAGE_ONLY)).toBe(true);
    expect(setsOnlyShareableCookies(["lng=x; Path=/", "__session=y; Path=/"], LANGUAGE_ONLY)).toBe(false);
  });
});
