import { isRouteErrorResponse } from "@remix-run/react";

export const ERROR_KINDS = ["notFound", "forbidden", "badRequest", "serverError"] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** Which of the error pages an error thrown by a loader, action or component shows. */
export function errorKind(error: unknown): ErrorKind {
  if (!isRouteErrorResponse(error)) return "serverError";
  if (error.status === 404) return "notFound";
  if (error.status === 403 || error.status === 401) return "forbidden";
  if (error.status >= 400 && error.status < 500) return "badRequest";
  return "serverError";
}
