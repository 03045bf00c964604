import { Transform } from "node:stream";

const DOCUMENT_END = Buffer.from("</body></html>");

/**
 * Moves `</body></html>` to the very end of a streamed page. React 18 closes
 * the shell's document as soon as the shell is ready, and everything it
 * streams afterwards (Remix's single-fetch data `<script>`s, resolved
 * Suspense boundaries) would land after `</html>`, which HTML does not allow.
 * Holding the closing tags back until the stream ends keeps that tail inside
 * `<body>`, where browsers put it anyway.
 */
export function documentEndLast(): Transform {
  let pending = Buffer.alloc(0);
  let held = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (held) return done(null, chunk);
      const bytes = Buffer.concat([pending, chunk]);
      const at = bytes.indexOf(DOCUMENT_END);
      if (at !== -1) {
        held = true;
        pending = Buffer.alloc(0);
        return done(null, Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + DOCUMENT_END.length)]));
      }
      // The closing tags may be split across chunks: keep back what could be their start.
      const keep = Math.min(bytes.length, DOCUMENT_END.length - 1);
      pending = bytes.subarray(bytes.length - keep);
      done(null, bytes.subarray(0, bytes.length - keep));
    },
    flush(done) {
      done(null, held ? DOCUMENT_END : pending);
    },
  });
}
