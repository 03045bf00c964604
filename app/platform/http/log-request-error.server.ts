import { isRouteErrorResponse } from "@remix-run/react";
import { logger } from "~/platform/runtime/logger.server";

/**
 * Logs an error Remix reports for a request. A client's mistake — a method a
 * route does not take (405), a URL no route has (404), any other 4xx Remix
 * raises itself, a `?_data` request from an old client — is a warning with
 * what was asked, without a stack trace: nothing of ours failed. Anything
 * else is our fault and is logged as an error with its stack.
 */
export function logRequestError(error: unknown, request: Request): void {
  const where = { method: request.method, url: request.url };
  if (isRouteErrorResponse(error) && error.status < 500) {
    logger.warn({ ...where, status: error.status, reason: String(error.data).slice(0, 300) }, "client error");
    return;
  }
  if (isDataRequestWarning(error, request)) {
    logger.warn({ ...where, reason: "a ?_data request: this app uses single fetch (*.data), so the client is outdated or not ours" }, "client error");
    return;
  }
  logger.error({ ...where, err: error }, "unhandled error");
}

/** Remix's own warning (an Error starting "Warning:") when a request asks for `?_data`, which single fetch replaced. */
function isDataRequestWarning(error: unknown, request: Request): boolean {
  return error instanceof Error && error.message.startsWith("Warning:") && new URL(request.url).searchParams.has("_data");
}
