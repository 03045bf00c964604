// Pages are rendered a few at a time per server process; the other page
// requests wait their turn in the order they came (decision 0037), and the
// answers of forms their place in line (decision 0040).
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
// What waits here: a page load (GET or HEAD asking for HTML) and a page's
// data on client-side navigation (`….data`), work of this process's CPU and
// database, a few at once. A form's answer whose body has been read already
// (form-limits.js buffers every form up to 1 MB) waits its place in line but
// holds no turn: it starts once the pages that came before it have started.
// Answers used to go ahead of the pages waiting; when a class submitted a
// quiz, the answers of those who had opened it first pushed back the pages
// of those still opening it, and the result pages after them. A turn it held
// would be held for as long as it waits on purpose (a throttled login sleeps
// up to 8 s), so it holds none. What does not wait: a body still streaming in
// (it may take minutes), and other reads a page makes (live event streams held
// open, status polls, video frame previews that wait on ffmpeg, images):
// their waiting would hold a turn. Pages kept by the page cache, static files
// and media are answered before the app's handler and never wait. A request
// whose client left while it waited is not worked on: a form sent just
// before the connection dropped is not recorded, and the browser says so.
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
 * @param {{ method?: string, body?: unknown }} req
 * @returns {boolean} whether `req` answers a form whose body has been read
 */
export function isReadForm(req) {
  return req.method === "POST" && Buffer.isBuffer(req.body);
}

/**
 * Runs `work` for `req` now, or in its turn for a page, or in its place in
 * line for a form. Resolves with null, without running `work`, when the
 * client left while it waited.
 * @template T
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined>, body?: unknown, socket?: { destroyed: boolean } | null }} req
 * @param {() => Promise<T>} work
 * @returns {Promise<T | null>}
 */
export function inTurn(req, work) {
  const unlessGone = () => (req.socket?.destroyed ? null : work());
  if (isPageRequest(req)) return limit(unlessGone);
  // A turn taken and given back at once: the form starts after everything in line before it.
  if (isReadForm(req)) return limit(() => undefined).then(unlessGone);
  return work();
}
