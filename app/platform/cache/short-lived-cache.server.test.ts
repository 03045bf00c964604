import { describe, expect, it } from "vitest";
import { shortLivedCache } from "./short-lived-cache.server";

function counter<V>(answer: (key: string) => V | null | Error) {
  const reads: string[] = [];
  const read = async (key: string) => {
    reads.push(key);
    await Promise.resolve();
    const value = answer(key);
    if (value instanceof Error) throw value;
    return value;
  };
  return { reads, read };
}

describe("shortLivedCache", () => {
  it("answers from memory until the time is up, then reads again", async () => {
    let clock = 1_000;
    const { reads, read } = counter((key) => ({ key, readAt: clock }));
    const cached = shortLivedCache(10_000, read, { now: () => clock });
    const first = await cached("toys");
    clock += 9_999;
    expect(await cached("toys")).toBe(first);
    expect(reads).toEqual(["toys"]);
    clock += 1;
    const second = await cached("toys");
    expect(second).not.toBe(first);
    expect(second).toEqual({ key: "toys", readAt: 11_000 });
    expect(reads).toEqual(["toys", "toys"]);
  });

  it("shares one read between callers asking at the same moment", async () => {
    const { reads, read } = counter((key) => ({ key }));
    const cached = shortLivedCache(10_000, read);
    const answers = await Promise.all(Array.from({ length: 50 }, () => cached("toys")));
    expect(reads).toEqual(["toys"]);
    expect(new Set(answers).size).toBe(1);
  });

  it("keeps nothing for a key that was not found or a read that failed", async () => {
    let fail = true;
    const { reads, read } = counter((key) => (key === "missing" ? null : fail ? new Error("database down") : { key }));
    const cached = shortLivedCache(10_000, read);
    expect(await cached("missing")).toBeNull();
    expect(await cached("missing")).toBeNull();
    await expect(cached("toys")).rejects.toThrow("database down");
    fail = false;
    expect(await cached("toys")).toEqual({ key: "toys" });
    expect(reads).toEqual(["missing", "missing", "toys", "toys"]);
  });

  it("keeps at most `limit` keys, dropping the oldest", async () => {
    const { reads, read } = counter((key) => ({ key }));
    const cached = shortLivedCache(10_000, read, { limit: 2 });
    await cached("a");
    await cached("b");
    await cached("c");
    await cached("c");
    await cached("b");
    expect(reads).toEqual(["a", "b", "c"]);
    await cached("a");
    expect(reads).toEqual(["a", "b", "c", "a"]);
  });
});
