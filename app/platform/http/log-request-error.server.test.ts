import { afterEach, describe, expect, it, vi } from "vitest";
import { logRequestError } from "./log-request-error.server";
import { logger } from "~/platform/runtime/logger.server";

/** Runs a route that fails the way Remix reports it, and returns what was logged. */
function logged(error: unknown, url = "http://localhost/en/x", method = "GET") {
  const warn = vi.spyOn(logger, "warn").mockImplementation(() => undefined);
  const fail = vi.spyOn(logger, "error").mockImplementation(() => undefined);
  logRequestError(error, new Request(url, { method }));
  return { warnings: warn.mock.calls, errors: fail.mock.calls };
}

/** What Remix throws for a request no route can take (its ErrorResponse shape). */
function remixErrorResponse(status: number, data: string) {
  return { status, statusText: "", data, internal: true, error: new Error(data) };
}

describe("logging request errors", () => {
  afterEach(() => vi.restoreAllMocks());

  it("logs a client's mistake as a warning with its reason and no error object", () => {
    const { warnings, errors } = logged(remixErrorResponse(405, 'Error: You made a POST request to "/en"'), "http://localhost/en", "POST");
    expect(errors).toHaveLength(0);
    expect(warnings[0]?.[0]).toMatchObject({ status: 405, method: "POST", reason: expect.stringContaining("POST request") });
    expect(JSON.stringify(warnings[0]?.[0])).not.toContain("stack");
  });

  it("logs Remix's warning about a ?_data request as a warning", () => {
    const { warnings, errors } = logged(new Error("Warning: Single fetch-enabled apps should not be making ?_data requests"), "http://localhost/zh?_data=root");
    expect(errors).toHaveLength(0);
    expect(warnings).toHaveLength(1);
  });

  it("logs our own faults as errors with the error itself", () => {
    const fault = new TypeError("cannot read properties of undefined");
    const { warnings, errors } = logged(fault, "http://localhost/zh?_data=root");
    expect(warnings).toHaveLength(0);
    expect(errors[0]?.[0]).toMatchObject({ err: fault });
    expect(logged(remixErrorResponse(500, "boom")).errors).toHaveLength(1);
  });
});
