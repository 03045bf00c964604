// A few-second cache of whole pages for visitors who are not signed in, kept
// in each worker's memory (decision 0013). The app decides what may be kept:
// a response marked `Cache-Control: public, s-maxage=N` is stored for N
// seconds and answered from memory to requests that carry no cookie but the
// remembered language (so never to a signed-in person, and keyed by that
// cookie). Past N seconds, within `stale-while-revalidate`, one request renders
// the page afresh while the others still get the kept copy; the first visitors
// to an uncached page wait for one render instead of all rendering it.
// Response header X-Cache says HIT, STALE or MISS (and `res.cacheState`, for
// the request log).
//
// Signed-in pages the app lists (decision 0038) are kept the same way per
// personal state: the server works out, in front of the app, what such a page
// shows of the person asking (`req.personalPage`, with its hash); the key
// holds that hash instead of the login cookie, so a page rendered for one
// learner goes to another only when everything it shows of them is the same.
// The app marks such a page keepable with its own header, which never leaves
// the server. Such pages go out without X-Cache and Age: a kept copy would
// tell a learner that someone at the same point opened the page just before.
import { PageCacheStore } from "./page-cache-store.js";
import { keptFreshness, setsOnlyShareableCookies, sharedFreshness, shareableCookies } from "./shared-cache-rules.js";

/** Headers that describe one transfer, not the page; set afresh when it is served. */
const TRANSFER_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date", "etag", "x-cache", "age", "strict-transport-security"]);
/**
 * Longer URLs and cookie headers are answered by the app and never kept: a
 * key is at most this long, whatever a request carries (the longest public
 * page URL is a search for 100 percent-encoded Chinese characters).
 */
const MAX_KEPT_URL_LENGTH = 1024;
const MAX_KEPT_COOKIE_LENGTH = 256;
/** Vary values the cache honours: cookies are in its key, encodings are made from the stored body. */
const HONOURED_VARY = new Set(["cookie", "accept-encoding"]);

/**
 * @param {{
 *   shareableCookieNames?: string[],
 *   loginCookieName?: string,
 *   personalPageHeader?: string,
 *   maxEntries?: number,
 *   maxBytes?: number,
 *   waitForRenderMs?: number,
 *   otherWorkers?: ReturnType<typeof import("./kept-pages-shared.js").keptPagesOfOtherWorkers>,
 *   now?: () => number,
 * }} [options]
 */
export function pageCache({
  shareableCookieNames = ["lng"],
  loginCookieName = "__session",
  personalPageHeader = "x-kept-for-personal-state",
  maxEntries = 500,
  maxBytes = 32 * 2 ** 20,
  waitForRenderMs = 10_000,
  otherWorkers = null,
  now = Date.now,
} = {}) {
  const store = new PageCacheStore({ maxEntries, maxBytes });
  const shareable = new Set(shareableCookieNames);
  const loginCookie = new Set([loginCookieName]);
  const keepRules = { shareable, personalPageHeader: personalPageHeader.toLowerCase() };
  /** @type {Map<string, Promise<void>>} key → settles when the request rendering that page has finished */
  const rendering = new Map();

  /** Whether the request could be answered by a page kept for someone else: a GET within the key's limits. */
  function keyable(req) {
    if (req.method !== "GET" || req.headers.authorization || req.headers.range) return false;
    return req.url.length <= MAX_KEPT_URL_LENGTH && (req.headers.cookie?.length ?? 0) <= MAX_KEPT_COOKIE_LENGTH;
  }

  /** The cache key for a request the cache may answer, or null. */
  function keyFor(req) {
    if (!keyable(req)) return null;
    /** @type {string | undefined} */
    const personal = req.personalPage?.hash;
    const cookies = shareableCookies(req.headers.cookie, shareable, personal ? loginCookie : undefined);
    if (cookies === null) return null;
    return personal ? `${req.url}\n${cookies}\n${personal}` : `${req.url}\n${cookies}`;
  }

  /** A kept page that may be sent right now: fresh, or stale while someone refreshes it. */
  function servable(key) {
    const found = store.lookup(key, now());
    if (!found || !(found.fresh || rendering.has(key))) return null;
    return { page: found.page, state: found.fresh ? "HIT" : "STALE" };
  }

  function send(req, res, { page, state }) {
    sendKeptPage(req, res, store, page, state, now(), Boolean(req.personalPage));
  }

  return {
    /**
     * Whether a request is worth working out the personal state of: a GET
     * for a page (not its data, not a file) carrying the login cookie and,
     * besides it, only cookies many visitors share.
     * @param {import("node:http").IncomingMessage} req
     */
    mayKeepPersonalPage(req) {
      if (!keyable(req) || !String(req.headers.accept ?? "").includes("text/html")) return false;
      const cookie = req.headers.cookie;
      return Boolean(cookie?.includes(`${loginCookieName}=`)) && shareableCookies(cookie, shareable, loginCookie) !== null;
    },

    /**
     * For the plain node:http request handler, before Express: answers at once
     * when a kept page may be sent, and says whether it did. Everything else
     * (misses, waits, refreshes) goes on to `middleware`.
     * @param {import("node:http").IncomingMessage} req
     * @param {import("node:http").ServerResponse} res
     * @returns {boolean} whether it answered
     */
    answerFromMemory(req, res) {
      const key = keyFor(req);
      const ready = key === null ? null : servable(key);
      if (ready) send(req, res, ready);
      return Boolean(ready);
    },

    /** @type {import("express").RequestHandler} */
    async middleware(req, res, next) {
      try {
        const key = keyFor(req);
        if (key === null) return next();
        let ready = servable(key);
        const inFlight = rendering.get(key);
        if (!ready && inFlight) {
          // Nothing kept yet, but someone is rendering it: wait for that render.
          await settledOrTimedOut(inFlight, waitForRenderMs);
          ready = servable(key);
        }
        if (ready) return send(req, res, ready);

        // Not kept, or kept but stale with nobody refreshing it: another worker may keep it
        // (kept-pages-shared.js); if not, this request renders it. Until then, this worker's
        // other requests for it wait for this one.
        /** @type {() => void} */
        let finish = () => {};
        const finished = new Promise((resolve) => (finish = resolve));
        rendering.set(key, finished);
        void finished.then(() => {
          if (rendering.get(key) === finished) rendering.delete(key);
        });
        const fromOtherWorker = otherWorkers ? await otherWorkers.ask(key) : null;
        if (fromOtherWorker) store.store(key, fromOtherWorker);
        if (req.socket.destroyed) {
          // The client left while this worker asked: nobody to answer, nothing will be rendered.
          if (!fromOtherWorker) otherWorkers?.abandon(key);
          finish();
          return;
        }
        ready = fromOtherWorker ? servable(key) : null;
        if (ready?.state === "HIT") {
          finish();
          return send(req, res, ready);
        }
        let kept = false;
        const rendered = renderAndKeep(res, keepRules, Boolean(req.personalPage), now, (page) => {
          kept = true;
          store.store(key, page);
          otherWorkers?.keep(key, page);
        });
        void rendered.then(() => {
          if (!kept) otherWorkers?.abandon(key);
          finish();
        });
        res.cacheState = "MISS";
        if (!req.personalPage) res.setHeader("X-Cache", "MISS");
        next();
      } catch (error) {
        next(error);
      }
    },
  };
}

/**
 * Records what the app writes (before compression) and, when the response
 * turns out storable, hands it to keep once it has been sent completely.
 * A response whose status and headers already say it may not be kept (a
 * private page, an event stream that never ends) is let go at its first
 * write: nothing more is recorded and the visitors waiting for this render
 * go on to their own at once.
 * The app's header for pages kept per personal state never goes out.
 * @param {import("node:http").ServerResponse} res
 * @param {{ shareable: ReadonlySet<string>, personalPageHeader: string }} rules
 * @param {boolean} personal whether the request's key holds a personal state
 * @returns {Promise<void>} settles when the response has finished, was cut off, or turned out not keepable
 */
function renderAndKeep(res, rules, personal, now, keep) {
  const chunks = [];
  /** @type {{ status: number, headers: Record<string, unknown>, freshness: { freshMs: number, staleMs: number } | null } | null} */
  let sent = null;
  let recording = true;
  /** @type {() => void} */
  let settle = () => {};
  const settled = new Promise((resolve) => (settle = resolve));
  const write = res.write;
  const end = res.end;
  const letGo = () => {
    recording = false;
    chunks.length = 0;
    res.write = write;
    res.end = end;
    settle();
  };
  const record = (chunk, encoding) => {
    if (!recording) return;
    if (sent === null) {
      sent = { status: res.statusCode, headers: res.getHeaders(), freshness: null };
      // An event stream's headers are already out (the Remix adapter flushes them); the app never marks one.
      if (!res.headersSent) res.removeHeader(rules.personalPageHeader);
      sent.freshness = keepableFreshness(sent.status, sent.headers, rules, personal);
      if (!sent.freshness) return letGo();
    }
    if (chunk == null || typeof chunk === "function") return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
  };
  res.write = function (chunk, encoding, callback) {
    record(chunk, encoding);
    return write.call(this, chunk, encoding, callback);
  };
  res.end = function (chunk, encoding, callback) {
    record(chunk, encoding);
    return end.call(this, chunk, encoding, callback);
  };

  res.once("finish", () => {
    const page = recording && sent?.freshness && storablePage(sent, rules, Buffer.concat(chunks), now());
    if (page) keep(page);
    settle();
  });
  res.once("close", settle);
  return settled;
}

/**
 * How long a response with this status and these headers may be kept, or null
 * when it may not be: a page for anyone says so in Cache-Control, a page for
 * a personal state in the app's own header.
 */
function keepableFreshness(status, headers, { shareable, personalPageHeader }, personal) {
  if (status !== 200 || headers["content-encoding"]) return null;
  const freshness = personal ? keptFreshness(headerText(headers[personalPageHeader])) : sharedFreshness(headerText(headers["cache-control"]));
  if (!freshness) return null;
  const setCookies = [headers["set-cookie"] ?? []].flat().map(String);
  if (!setsOnlyShareableCookies(setCookies, shareable)) return null;
  const vary = headerText(headers.vary)
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  if (!vary.every((name) => HONOURED_VARY.has(name))) return null;
  return freshness;
}

/** The page as the cache keeps it (its headers were found keepable at its first write). */
function storablePage({ status, headers, freshness }, { personalPageHeader }, body, storedAt) {
  const kept = Object.entries(headers)
    .filter(([name]) => !TRANSFER_HEADERS.has(name) && name !== personalPageHeader)
    .flatMap(([name, value]) => [value].flat().map((one) => /** @type {[string, string]} */ ([name, String(one)])));
  return { status, headers: kept, body, storedAt, ...freshness };
}

/**
 * Writes a kept page with plain node:http calls — with every header the app
 * sent it with (security headers included), compressed as the client
 * accepts — or 304 when the client already has it. A page kept for a
 * personal state does not say it was kept, nor since when.
 */
function sendKeptPage(req, res, store, page, state, now, personal) {
  const encoding = preferredEncoding(req.headers["accept-encoding"]);
  const { body, etag } = store.body(page, encoding);
  // Sent from within Express (a page rendered meanwhile, here or by another worker), the response
  // already has this request's security headers: the kept page's own take their place, as its
  // Content-Security-Policy names the nonce its scripts carry.
  for (const name of new Set(page.headers.map(([name]) => name))) res.removeHeader(name);
  for (const [name, value] of page.headers) res.appendHeader(name, value);
  res.appendHeader("Vary", "Accept-Encoding");
  if (encoding !== "identity") res.setHeader("Content-Encoding", encoding);
  res.setHeader("ETag", etag);
  res.cacheState = state;
  if (!personal) {
    res.setHeader("Age", String(Math.floor((now - page.storedAt) / 1000)));
    res.setHeader("X-Cache", state);
  }
  if (req.headers["if-none-match"] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  res.statusCode = page.status;
  res.setHeader("Content-Length", body.length);
  res.end(body);
}

/**
 * Brotli whenever accepted (browsers list it at the same weight as gzip, and
 * it is the smallest), else gzip, else none.
 * @param {string | string[] | undefined} acceptEncoding
 * @returns {"br" | "gzip" | "identity"}
 */
export function preferredEncoding(acceptEncoding) {
  const accepted = new Set();
  for (const part of String(acceptEncoding ?? "").split(",")) {
    const [coding, ...parameters] = part.trim().toLowerCase().split(";");
    const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
    if (coding && (q === undefined || Number(q) > 0)) accepted.add(coding);
  }
  if (accepted.has("br")) return "br";
  if (accepted.has("gzip")) return "gzip";
  return "identity";
}

function headerText(value) {
  return value == null ? "" : [value].flat().join(", ");
}

function settledOrTimedOut(promise, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    timer.unref();
    void promise.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}
