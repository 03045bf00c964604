import { describe, expect, it } from "vitest";
import { countFormFields, MAX_FORM_FIELDS } from "./form-limits.js";

/** A real multipart body, as the platform's own Request builds it. */
async function multipart(fields: number): Promise<{ type: string; body: Buffer }> {
  const form = new FormData();
  for (let i = 0; i < fields; i += 1) form.append(`f${i}`, "x");
  form.append("file", new Blob(["--not-a-boundary\r\n"]), "a.json");
  const request = new Request("http://x/", { method: "POST", body: form });
  return { type: request.headers.get("content-type")!, body: Buffer.from(await request.arrayBuffer()) };
}

describe("counting form fields without parsing", () => {
  it("counts urlencoded pairs", () => {
    const type = "application/x-www-form-urlencoded";
    expect(countFormFields(type, Buffer.from(""))).toBe(0);
    expect(countFormFields(type, Buffer.from("a=1"))).toBe(1);
    expect(countFormFields(`${type}; charset=UTF-8`, Buffer.from("a=1&b=2&a=3"))).toBe(3);
    const crowded = Array.from({ length: 120_000 }, (_, i) => `f${i}=x`).join("&");
    expect(countFormFields(type, Buffer.from(crowded))).toBe(120_000);
  });

  it("counts multipart parts, as many as the parser finds", async () => {
    const { type, body } = await multipart(3);
    expect(countFormFields(type, body)).toBe(4);
    const parsed = await new Request("http://x/", { method: "POST", body: new Uint8Array(body), headers: { "content-type": type } }).formData();
    expect([...parsed.keys()]).toHaveLength(4);
  });

  it("leaves other bodies to the app", () => {
    expect(countFormFields("application/json", Buffer.from("{}"))).toBeNull();
    expect(countFormFields("multipart/form-data", Buffer.from("x"))).toBeNull();
    expect(countFormFields("not a type", Buffer.from("x"))).toBeNull();
    expect(countFormFields(undefined, Buffer.from("x"))).toBeNull();
  });

  it("allows more fields than any form here sends", () => {
    expect(MAX_FORM_FIELDS).toBeGreaterThanOrEqual(500);
  });
});
