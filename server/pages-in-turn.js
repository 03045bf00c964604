// Pages are rendered a few at a time per server process; the other page
// requests wait their turn in the order they came (decision 0037), and so do
// the answers of forms (decision 0040).
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
// What waits here: a page load (GET or HEAD asking for HTML), a page's data
// on client-side navigation (`….data`), and a form's answer whose body has
// been read already (form-limits.js buffers every form up to 1 MB): all work
// of this process's CPU and database. A form's answer used to go ahead of the
// pages waiting; when a class submitted a quiz, the answers of those who had
// opened it first pushed back the pages of those still opening it, and the
// result pages after them, by all of their work. In arrival order, each
// request waits only for what came before it. What does not wait: a body
// still streaming in (it may take minutes), and other reads a page makes
// (live event streams held open, status polls, video frame previews that wait
// on ffmpeg, images): their waiting would hold a turn. Pages kept by the page
// cache, static files and media are answered before the app's handler and
// never wait. A request whose client left while it waited is not worked on.
import pLimit from "p-limit";

/** Requests worked on at once per process. */
export const REQUESTS_AT_ONCE = 4;

const limit = pLimit(REQUESTS_AT_ONCE);

/**
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined>, body?: unknown }} req
 * @returns {boolean} whether `req` loads a page or a page's data, or answers a form whose body has been read
 */
export function waitsItsTurn(req) {
  if (req.method === "POST") return Buffer.isBuffer(req.body);
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if ((req.url ?? "").split("?")[0].endsWith(".data")) return true;
  return String(req.headers.accept ?? "").includes("text/html");
}

/**
 * Runs `work` for `req` now, or when its turn comes if it waits its turn.
 * Resolves with null, without running `work`, when the client left while it
 * waited.
 * @template T
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined>, body?: unknown, socket?: { destroyed: boolean } | null }} req
 * @param {() => Promise<T>} work
 * @returns {Promise<T | null>}
 */
export function inTurn(req, work) {
  if (!waitsItsTurn(req)) return work();
  return limit(() => (req.socket?.destroyed ? null : work()));
}
