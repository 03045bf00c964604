import { Transform } from "node:stream";

/**
 * A pass-through for React's streamed HTML that drops NUL bytes. React 18.3's
 * renderToPipeableStream writes into fixed 2 KB buffers, and when a Chinese
 * character (three bytes in UTF-8) no longer fits at the end of one, it sends
 * the buffer's unused zero bytes along (react/react#24985, #31134). A zero
 * byte is never part of a multi-byte UTF-8 character and U+0000 is not
 * allowed in HTML, so dropping every one loses nothing.
 */
export function withoutNullBytes(): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (chunk.indexOf(0) === -1) return done(null, chunk);
      done(
        null,
        chunk.filter((byte) => byte !== 0),
      );
    },
  });
}
