/**
 * Keeps a request the router cancelled on purpose from being reported as an
 * uncaught error (decision 0041).
 *
 * When a fetcher submits again while its earlier answer is still arriving (a
 * trainer checks a second code in while the first check-in's answer has not
 * quite ended), Remix aborts the earlier work, as it should. The single-fetch
 * stream decoder (turbo-stream 2.4.1, pinned by Remix 2.17) and Remix's own
 * `fetchAndDecode` then leave two promises rejected with the abort's reason,
 * "signal is aborted without reason", that nothing listens to. Nothing is
 * lost, but the browser reports them, and an error reporter or a strict test
 * sees a crash.
 *
 * Only rejections whose reason is an `AbortError` are quieted: the app's own
 * code aborts nothing, so such a rejection is work cancelled on purpose.
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
