import { describe, expect, it } from "vitest";
import { hitRateLimit } from "./rate-limit.server";

describe("rate limit", () => {
  const limit = { bucket: "test", limit: 3, windowSeconds: 60 };

  it("lets the first requests through and stops the rest, per key, until the window has passed", async () => {
    const start = new Date("2026-11-25T10:00:00Z");
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    expect(await hitRateLimit(limit, "1.2.3.4", at(0))).toEqual({ limited: false });
    expect(await hitRateLimit(limit, "1.2.3.4", at(10))).toEqual({ limited: false });
    expect(await hitRateLimit(limit, "1.2.3.4", at(20))).toEqual({ limited: false });
    expect(await hitRateLimit(limit, "1.2.3.4", at(30))).toEqual({ limited: true, retryAfterSeconds: 40 });
    expect(await hitRateLimit(limit, "5.6.7.8", at(30))).toEqual({ limited: false });
    expect(await hitRateLimit(limit, "1.2.3.4", at(95))).toEqual({ limited: false });
  });
});
