/**
 * Keeps a request the router cancelled on purpose from being reported as an
 * uncaught error.
 *
 * When a navigation starts while a page's data is still arriving (a trainer
 * searches the roster while the check-in's revalidation is still streaming),
 * Remix aborts that request, as it should. The decoder of the single-fetch
 * stream (turbo-stream 2.4.1, the newest 2.x, used by Remix 2.17) then
 * rejects a promise of its own that nothing listens to, with the abort's
 * reason, "signal is aborted without reason". Nothing is lost — the new
 * navigation's data replaces it — but the browser reports an unhandled
 * rejection, and an error reporter or a strict test sees a crash.
 *
 * Only rejections whose reason is an `AbortError` are quieted. The app's own
 * code aborts nothing, so such a rejection is work cancelled on purpose: by
 * the router, or by the browser (a video's `play()` interrupted by a pause).
 * Every other unhandled rejection is still reported.
 */
export function quietAbortedRequests(target: Pick<Window, "addEventListener"> = window): void {
  target.addEventListener("unhandledrejection", (event) => {
    if (isAbortError(event.reason)) event.preventDefault();
  });
}

export function isAbortError(reason: unknown): boolean {
  return typeof reason === "object" && reason !== null && (reason as { name?: unknown }).name === "AbortError";
}
