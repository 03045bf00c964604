// The page cache's memory: whole responses by key, least recently used first
// out, bounded in entries and bytes, each with its compressed forms made once.
import { createHash } from "node:crypto";
import zlib from "node:zlib";

/**
 * @typedef {{
 *   key: string,
 *   status: number,
 *   headers: [string, string][],
 *   body: Buffer,
 *   storedAt: number,
 *   freshMs: number,
 *   staleMs: number,
 *   hash: string,
 *   encoded: Map<string, Buffer>,
 * }} CachedPage
 */

const COMPRESSORS = {
  br: (body) => zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (body) => zlib.gzipSync(body, { level: 6 }),
};

export class PageCacheStore {
  /** @type {Map<string, CachedPage>} */
  #pages = new Map();
  #bytes = 0;

  /** @param {{ maxEntries: number, maxBytes: number }} limits */
  constructor({ maxEntries, maxBytes }) {
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  get size() {
    return this.#pages.size;
  }

  /**
   * The page under key with whether it is still fresh, or may only be served
   * while someone refreshes it; null (and forgotten) once past both.
   * @param {string} key
   * @param {number} now
   * @returns {{ page: CachedPage, fresh: boolean } | null}
   */
  lookup(key, now) {
    const page = this.#pages.get(key);
    if (!page) return null;
    const age = now - page.storedAt;
    if (age >= page.freshMs + page.staleMs) {
      this.#forget(key, page);
      return null;
    }
    // Most recently used last: eviction takes from the front.
    this.#pages.delete(key);
    this.#pages.set(key, page);
    return { page, fresh: age < page.freshMs };
  }

  /**
   * @param {string} key
   * @param {Omit<CachedPage, "key" | "hash" | "encoded">} page
   */
  store(key, page) {
    const previous = this.#pages.get(key);
    if (previous) this.#forget(key, previous);
    if (page.body.length > this.maxBytes) return;
    this.#pages.set(key, { ...page, key, hash: createHash("sha1").update(page.body).digest("base64url"), encoded: new Map() });
    this.#bytes += page.body.length;
    this.#evict();
  }

  /**
   * The body in the given content coding (br, gzip or identity), compressed
   * the first time it is asked for, with a strong ETag for that coding.
   * @param {CachedPage} page
   * @param {"br" | "gzip" | "identity"} encoding
   * @returns {{ body: Buffer, etag: string }}
   */
  body(page, encoding) {
    if (encoding === "identity") return { body: page.body, etag: `"${page.hash}"` };
    let encoded = page.encoded.get(encoding);
    if (!encoded) {
      encoded = COMPRESSORS[encoding](page.body);
      page.encoded.set(encoding, encoded);
      if (this.#pages.get(page.key) === page) {
        this.#bytes += encoded.length;
        this.#evict();
      }
    }
    return { body: encoded, etag: `"${page.hash}-${encoding}"` };
  }

  #forget(key, page) {
    this.#pages.delete(key);
    this.#bytes -= pageBytes(page);
  }

  #evict() {
    for (const [key, page] of this.#pages) {
      if (this.#pages.size <= this.maxEntries && this.#bytes <= this.maxBytes) return;
      this.#forget(key, page);
    }
  }
}

/** @param {CachedPage} page */
function pageBytes(page) {
  let bytes = page.body.length;
  for (const encoded of page.encoded.values()) bytes += encoded.length;
  return bytes;
}
