import os from "node:os";
import { describe, expect, it } from "vitest";
import { workerCount } from "./worker-count.js";

describe("workerCount", () => {
  it("runs one worker per available core unless WEB_CONCURRENCY says otherwise", () => {
    expect(workerCount({})).toEqual({ count: os.availableParallelism(), reason: "one per available CPU core" });
    expect(workerCount({ WEB_CONCURRENCY: "3" })).toEqual({ count: 3, reason: "WEB_CONCURRENCY" });
  });

  it("refuses a WEB_CONCURRENCY that is not a positive integer", () => {
    for (const value of ["0", "-1", "1.5", "many"]) expect(() => workerCount({ WEB_CONCURRENCY: value })).toThrow(/WEB_CONCURRENCY/);
  });
});
