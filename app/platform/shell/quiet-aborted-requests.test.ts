import { describe, expect, it } from "vitest";
import { isAbortError, quietAbortedRequests } from "./quiet-aborted-requests";

/** An unhandled rejection as the browser dispatches it, recording whether a listener cancelled its report. */
function rejection(reason: unknown) {
  return { reason, reported: true, preventDefault() { this.reported = false; } };
}

function windowWithListener() {
  const listeners: Array<(event: ReturnType<typeof rejection>) => void> = [];
  const target = { addEventListener: (type: string, listener: (event: ReturnType<typeof rejection>) => void) => type === "unhandledrejection" && listeners.push(listener) };
  quietAbortedRequests(target as unknown as Pick<Window, "addEventListener">);
  return (reason: unknown) => {
    const event = rejection(reason);
    for (const listener of listeners) listener(event);
    return event.reported;
  };
}

describe("quietAbortedRequests", () => {
  it("quiets the report of a request the router aborted", () => {
    const reject = windowWithListener();
    const controller = new AbortController();
    controller.abort();
    expect(reject(controller.signal.reason)).toBe(false);
    expect(reject(new DOMException("The operation was aborted.", "AbortError"))).toBe(false);
  });

  it("still reports every other unhandled rejection", () => {
    const reject = windowWithListener();
    expect(reject(new Error("loader failed"))).toBe(true);
    expect(reject(new DOMException("Quota exceeded", "QuotaExceededError"))).toBe(true);
    expect(reject(new TypeError("Failed to fetch"))).toBe(true);
    expect(reject(undefined)).toBe(true);
    expect(reject("AbortError")).toBe(true);
  });

  it("recognises an abort by its name only", () => {
    expect(isAbortError({ name: "AbortError" })).toBe(true);
    expect(isAbortError(null)).toBe(false);
    expect(isAbortError({ message: "aborted" })).toBe(false);
  });
});
