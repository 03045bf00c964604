// The error responses a loader or action throws; the nearest error boundary
// shows them as a localized page (app/platform/shell/ErrorPage.tsx).
// Usage: `if (!row) throw notFound();`

/** 404: the record or URL does not exist (or is not shown to this visitor). */
export function notFound(): Response {
  return new Response("Not Found", { status: 404 });
}

/** 403: the signed-in user may not see or do this. */
export function forbidden(): Response {
  return new Response("Forbidden", { status: 403 });
}

/** 400: a request no form of ours sends (an unknown intent, a missing field). */
export function badRequest(): Response {
  return new Response("Bad Request", { status: 400 });
}

/** 409: the request came too late for the record's current state. */
export function conflict(): Response {
  return new Response("Conflict", { status: 409 });
}
