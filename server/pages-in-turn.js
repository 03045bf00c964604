// Pages are rendered a few at a time per server process; the other page
// requests wait their turn in the order they came (decision 0037).
//
// Without a limit, a burst (a hall of learners opening the same page at once)
// had every page rendering at the same moment: each turn of the event loop
// carried all of them, and node:cluster hands a new connection to a worker
// only when that worker's loop comes round to it. With two workers, the first
// request of each new connection waited up to 3–4 s before the worker even saw
// it, while the server's own time per request stayed under 0.7 s. A few at
// once keeps each turn short and answers in arrival order, at the same
// throughput.
//
// What waits here: a page load (GET or HEAD asking for HTML) and a page's data
// on client-side navigation (`….data`), both work of this process's CPU and
// database reads. What does not: writes (an upload may take minutes; a
// form's answer must not queue behind pages), and other reads a page makes
// (live event streams held open, status polls, video frame previews that wait
// on ffmpeg, images): their waiting would hold a turn. Pages kept by the page
// cache, static files and media are answered before the app's handler and
// never wait. A page whose client left while it waited is not rendered.
import pLimit from "p-limit";

/** Pages worked on at once per process. */
export const PAGES_AT_ONCE = 4;

const limit = pLimit(PAGES_AT_ONCE);

/**
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 * @returns {boolean} whether `req` loads a page or a page's data
 */
export function isPageRequest(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if ((req.url ?? "").split("?")[0].endsWith(".data")) return true;
  return String(req.headers.accept ?? "").includes("text/html");
}

/**
 * Runs `work` for `req` now, or when its turn comes if it is a page request.
 * Resolves with null, without running `work`, when the client left while the
 * page waited.
 * @template T
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined>, socket?: { destroyed: boolean } | null }} req
 * @param {() => Promise<T>} work
 * @returns {Promise<T | null>}
 */
export function inTurn(req, work) {
  if (!isPageRequest(req)) return work();
  return limit(() => (req.socket?.destroyed ? null : work()));
}
