import { describe, expect, it } from "vitest";
import { beginLoginAttempt, checkLoginRateLimit, markLoginSucceeded, MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP, recordLoginAttempt } from "./login-rate-limit.server";

describe("login rate limit", () => {
  it("limits an account after repeated failures, from any address", async () => {
    const email = "limit-account@example.com";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i += 1) await recordLoginAttempt(email, `10.0.0.${i}`, false);
    expect((await checkLoginRateLimit(email, "10.0.1.1")).limited).toBe(false);
    await recordLoginAttempt(email, "10.0.0.99", false);
    const limited = await checkLoginRateLimit("LIMIT-account@example.com", "10.0.1.1");
    expect(limited).toEqual({ limited: true, retryAfterMinutes: 15 });
  });

  it("limits one address trying many accounts", async () => {
    const ip = "10.9.9.9";
    for (let i = 0; i < MAX_FAILURES_PER_IP; i += 1) await recordLoginAttempt(`spray-${i}@example.com`, ip, false);
    expect((await checkLoginRateLimit("someone-new@example.com", ip)).limited).toBe(true);
    expect((await checkLoginRateLimit("someone-new@example.com", "10.9.9.10")).limited).toBe(false);
  });

  it("forgets failures after the window", async () => {
    const email = "limit-window@example.com";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i += 1) await recordLoginAttempt(email, "10.1.1.1", false);
    const later = new Date(Date.now() + 16 * 60_000);
    expect((await checkLoginRateLimit(email, "10.1.1.2", later)).limited).toBe(false);
  });

  it("does not count successful logins", async () => {
    const email = "limit-success@example.com";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT + 2; i += 1) await recordLoginAttempt(email, "10.2.2.2", true);
    expect((await checkLoginRateLimit(email, "10.2.2.2")).limited).toBe(false);
  });
});

describe("parallel login attempts", () => {
  it("cannot slip under the limit by arriving at the same time", async () => {
    const email = "parallel@example.com";
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => beginLoginAttempt(email, `10.3.3.${i}`)));
    expect(results.filter((result) => !result.limit.limited)).toHaveLength(MAX_FAILURES_PER_ACCOUNT);
  });

  it("does not count an attempt that succeeded", async () => {
    const email = "parallel-ok@example.com";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT + 2; i += 1) {
      const { attemptId } = await beginLoginAttempt(email, "10.4.4.4");
      await markLoginSucceeded(attemptId);
    }
    expect((await checkLoginRateLimit(email, "10.4.4.4")).limited).toBe(false);
  });
});
