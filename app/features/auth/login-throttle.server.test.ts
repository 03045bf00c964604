import { describe, expect, it } from "vitest";
import {
  accountDelayMs,
  beginLoginAttempt,
  FREE_FAILURES_PER_ACCOUNT,
  markLoginSucceeded,
  MAX_ACCOUNT_DELAY_MS,
  MAX_FAILURES_PER_ACCOUNT_AND_CLIENT,
  MAX_FAILURES_PER_CLIENT,
} from "./login-throttle.server";

async function fail(email: string, ip: string, now?: Date) {
  return (await beginLoginAttempt(email, ip, now)).throttle;
}

describe("login throttle", () => {
  it("makes a client that keeps guessing at one account wait, but not the account's owner elsewhere", async () => {
    const email = "guessed@example.com";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_CLIENT; i += 1) expect((await fail(email, "10.0.0.1")).refused).toBe(false);
    const attacker = await fail(email, "10.0.0.1");
    expect(attacker).toEqual({ refused: true, retryAfterMinutes: 15 });
    // The owner, from their own address, is let through to the password check (slowed down, never refused).
    const owner = await beginLoginAttempt("Guessed@Example.com", "10.0.0.2");
    expect(owner.throttle.refused).toBe(false);
  });

  it("never locks an account, however many clients guess at it", async () => {
    const email = "botnet-target@example.com";
    for (let i = 0; i < 40; i += 1) await fail(email, `10.1.${i}.1`);
    const owner = await fail(email, "10.1.200.1");
    expect(owner).toEqual({ refused: false, delayMs: MAX_ACCOUNT_DELAY_MS });
  });

  it("slows attempts at an account down progressively once it has a few failures", () => {
    expect(accountDelayMs(0)).toBe(0);
    expect(accountDelayMs(FREE_FAILURES_PER_ACCOUNT - 1)).toBe(0);
    expect(accountDelayMs(FREE_FAILURES_PER_ACCOUNT)).toBe(500);
    expect(accountDelayMs(FREE_FAILURES_PER_ACCOUNT + 1)).toBe(1_000);
    expect(accountDelayMs(FREE_FAILURES_PER_ACCOUNT + 3)).toBe(4_000);
    expect(accountDelayMs(FREE_FAILURES_PER_ACCOUNT + 50)).toBe(MAX_ACCOUNT_DELAY_MS);
  });

  it("limits one client address trying many accounts", async () => {
    const ip = "10.9.9.9";
    for (let i = 0; i < MAX_FAILURES_PER_CLIENT; i += 1) await fail(`spray-${i}@example.com`, ip);
    expect((await fail("someone-new@example.com", ip)).refused).toBe(true);
    expect((await fail("someone-new@example.com", "10.9.9.10")).refused).toBe(false);
  });

  it("forgets failures after the window", async () => {
    const email = "limit-window@example.com";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_CLIENT; i += 1) await fail(email, "10.1.1.1");
    const later = new Date(Date.now() + 16 * 60_000);
    expect(await fail(email, "10.1.1.1", later)).toEqual({ refused: false, delayMs: 0 });
  });

  it("never counts a correct password as a failure", async () => {
    const email = "limit-success@example.com";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_CLIENT + 2; i += 1) {
      const { attemptId, throttle } = await beginLoginAttempt(email, "10.4.4.4");
      expect(throttle).toEqual({ refused: false, delayMs: 0 });
      await markLoginSucceeded(attemptId);
    }
  });

  it("does not count an attempt it refused without checking", async () => {
    const email = "refused-not-counted@example.com";
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_CLIENT; i += 1) await fail(email, "10.5.5.5");
    for (let i = 0; i < 10; i += 1) expect((await fail(email, "10.5.5.5")).refused).toBe(true);
    // Only the five checked failures slow the account down, not the ten refusals.
    expect(await fail(email, "10.5.5.6")).toEqual({ refused: false, delayMs: accountDelayMs(MAX_FAILURES_PER_ACCOUNT_AND_CLIENT) });
  });
});

describe("parallel login attempts", () => {
  it("cannot slip under the per-client limit by arriving at the same time", async () => {
    const email = "parallel@example.com";
    const results = await Promise.all(Array.from({ length: 12 }, () => beginLoginAttempt(email, "10.3.3.3")));
    expect(results.filter((result) => !result.throttle.refused)).toHaveLength(MAX_FAILURES_PER_ACCOUNT_AND_CLIENT);
  });
});
