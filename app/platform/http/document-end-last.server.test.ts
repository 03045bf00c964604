import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { documentEndLast } from "./document-end-last.server";

async function through(chunks: string[]): Promise<string> {
  return text(Readable.from(chunks.map((chunk) => Buffer.from(chunk))).pipe(documentEndLast()));
}

describe("documentEndLast", () => {
  it("moves what React streams after the shell inside <body>", async () => {
    expect(await through(["<html><body>shell</body></html>", "<script>late()</script>", "<script>done()</script>"])).toBe(
      "<html><body>shell<script>late()</script><script>done()</script></body></html>",
    );
  });

  it("finds the closing tags split across chunks, and keeps multi-byte text whole", async () => {
    expect(await through(["<html><body>产品安全</bo", "dy></h", "tml><script>x</script>"])).toBe("<html><body>产品安全<script>x</script></body></html>");
  });

  it("passes a body without closing tags through unchanged", async () => {
    expect(await through(["<p>partial", " page</p>"])).toBe("<p>partial page</p>");
  });
});
