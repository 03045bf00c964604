import { PassThrough, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createElement } from "react";
import { renderToPipeableStream, renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { withoutNullBytes } from "./without-null-bytes.server";

/** A list of Chinese job titles long enough to cross several of React's 2 KB buffers. */
function Page() {
  const rows = Array.from({ length: 200 }, (_, i) => createElement("li", { key: i }, `学员${i} · 采购专业人员 · buyer`));
  return createElement("ul", null, rows);
}

/** What renderToPipeableStream sends, piped through `through` when given. */
async function streamed(through?: () => NodeJS.ReadWriteStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  await new Promise<void>((resolve, reject) => {
    const { pipe } = renderToPipeableStream(createElement(Page), {
      onAllReady() {
        const source = new PassThrough();
        pipe(source);
        pipeline(through ? [source, through(), sink] : [source, sink]).then(resolve, reject);
      },
      onShellError: reject,
    });
  });
  return Buffer.concat(chunks);
}

describe("without null bytes", () => {
  // When this fails after a React upgrade, React has fixed its stream and withoutNullBytes can go.
  it("React's stream alone carries NUL bytes between Chinese characters (the bug this works around)", async () => {
    expect((await streamed()).includes(0)).toBe(true);
  });

  it("gives exactly the HTML renderToString gives, without a NUL byte", async () => {
    const html = await streamed(withoutNullBytes);
    expect(html.includes(0)).toBe(false);
    expect(html.toString("utf8")).toBe(renderToString(createElement(Page)));
  });
});
