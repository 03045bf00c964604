import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { PageCacheStore } from "./page-cache-store.js";

const page = (text: string, storedAt = 0) => ({ status: 200, headers: [], body: Buffer.from(text), storedAt, freshMs: 5_000, staleMs: 60_000 });

describe("page cache store", () => {
  it("tells fresh from stale and forgets a page past both", () => {
    const store = new PageCacheStore({ maxEntries: 10, maxBytes: 10_000 });
    store.store("a", page("A"));
    expect(store.lookup("a", 4_999)?.fresh).toBe(true);
    expect(store.lookup("a", 5_000)?.fresh).toBe(false);
    expect(store.lookup("a", 65_000)).toBeNull();
    expect(store.size).toBe(0);
  });

  it("drops the least recently used page beyond its entry limit", () => {
    const store = new PageCacheStore({ maxEntries: 2, maxBytes: 10_000 });
    store.store("a", page("A"));
    store.store("b", page("B"));
    store.lookup("a", 1);
    store.store("c", page("C"));
    expect(store.lookup("b", 1)).toBeNull();
    expect(store.lookup("a", 1)).not.toBeNull();
    expect(store.lookup("c", 1)).not.toBeNull();
  });

  it("stays within its byte limit, counting compressed copies, and keeps nothing larger than it", () => {
    const store = new PageCacheStore({ maxEntries: 10, maxBytes: 2_500 });
    store.store("a", page("a".repeat(1_000)));
    store.store("b", page("b".repeat(1_000)));
    store.store("huge", page("h".repeat(3_000)));
    expect(store.lookup("huge", 1)).toBeNull();
    expect(store.size).toBe(2);
    store.store("c", page("c".repeat(1_000)));
    expect(store.size).toBe(2);
    expect(store.lookup("a", 1)).toBeNull();
  });

  it("compresses a page once per encoding, each with its own ETag", () => {
    const store = new PageCacheStore({ maxEntries: 10, maxBytes: 100_000 });
    store.store("a", page("<p>安全</p>".repeat(100)));
    const kept = store.lookup("a", 1)!.page;
    const gzip = store.body(kept, "gzip");
    expect(store.body(kept, "gzip").body).toBe(gzip.body);
    expect(zlib.gunzipSync(gzip.body).toString()).toBe("<p>安全</p>".repeat(100));
    const brotli = store.body(kept, "br");
    expect(zlib.brotliDecompressSync(brotli.body).toString()).toBe("<p>安全</p>".repeat(100));
    const identity = store.body(kept, "identity");
    expect(identity.body).toBe(kept.body);
    // One strong validator per representation.
    expect(new Set([gzip.etag, brotli.etag, identity.etag]).size).toBe(3);
  });
});
