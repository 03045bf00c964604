import { RemixBrowser } from "@remix-run/react";

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof value === "object" && value !== null && typeof (value as PromiseLike<unknown>).then === "function";

/**
 * Lets Remix decode the page's data (the single-fetch stream in the HTML)
 * before React starts hydrating.
 *
 * Why: `RemixBrowser`'s first render suspends until that data is decoded. A
 * keystroke or tap arriving then makes React 18 hydrate synchronously, and a
 * synchronous render that suspends is what React 18 cannot finish: "Root did
 * not complete" (error #345), after which the page may never become
 * interactive, the server's HTML doubled in it. Seen on slow phones typing
 * into the sign-up form as it loads.
 *
 * `RemixBrowser` starts the decoding and throws its promise before it uses
 * any hook, so calling it once here starts it without React; once the
 * promise settles the first render no longer suspends, and an early
 * keystroke hydrates the page at once and is replayed, as React intends. A
 * decoding error is left for that render to throw, as before.
 */
export async function decodePageData(): Promise<void> {
  try {
    RemixBrowser({});
  } catch (thrown) {
    if (isThenable(thrown)) await thrown;
  }
}
