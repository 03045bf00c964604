import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";

describe("canonical JSON (RFC 8785)", () => {
  it("sorts keys at every level and drops whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: "x" } })).toBe('{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it("sorts by UTF-16 code units and keeps non-ASCII text as is", () => {
    expect(canonicalJson({ "€": 1, "\r": 2, "1": 3, 中: "张伟" })).toBe('{"\\r":2,"1":3,"€":1,"中":"张伟"}');
  });

  it("leaves out undefined members and refuses values JSON cannot hold", () => {
    expect(canonicalJson({ a: undefined, b: 2 })).toBe('{"b":2}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow();
    expect(() => canonicalJson(undefined)).toThrow();
  });
});
