// One server process: refusal of absurd URLs, security headers, compression,
// static assets with long-lived caching for fingerprinted files, structured
// request logs, the cross-origin check, form field limits, the page cache and
// graceful shutdown around the Remix request handler, and the job runner
// beside it.
// server/index.js runs one of these per CPU core.
import cluster from "node:cluster";
import http from "node:http";
import path from "node:path";
import compression from "compression";
import express from "express";
import proxyAddr from "proxy-addr";
import { cspReportEndpoint } from "./csp-reports.js";
import { bufferFormBody, refuseCrowdedForms } from "./form-limits.js";
import { log } from "./log.js";
import { localizedRefusal } from "./refusals.js";
import { isSameOriginOrSafe } from "./origin-check.js";
import { keptPagesOfOtherWorkers } from "./kept-pages-shared.js";
import { pageCache } from "./page-cache.js";
import { perTurn } from "./per-turn.js";
import { remixHandler } from "./remix-handler.js";
import { CSP_REPORT_PATH, securityHeaders, strictTransportSecurityOverHttps } from "./security-headers.js";
import { urlRefusal } from "./url-limits.js";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

process.env.NODE_ENV ??= "production";
const build = await import("../build/server/index.js");
const app = express();
app.disable("x-powered-by");
// Behind one reverse proxy, trust exactly that hop: the client cannot choose its address.
app.set("trust proxy", process.env.TRUST_PROXY === "1" ? 1 : false);
// Server-Sent Events (live webinars) go out as written: compression would hold them back.
app.use(compression({ filter: (req, res) => !String(res.getHeader("Content-Type") ?? "").startsWith("text/event-stream") && compression.filter(req, res) }));
app.use(securityHeaders);
app.post(CSP_REPORT_PATH, cspReportEndpoint());

const MAX_BODY_BYTES = 1024 * 1024;
app.use((req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  const length = Number(req.get("content-length") ?? NaN);
  if (Number.isFinite(length) && length <= MAX_BODY_BYTES) return next();
  res.status(Number.isFinite(length) ? 413 : 411).type("text/plain; charset=utf-8").send(localizedRefusal(req, "tooLarge"));
});

app.use((req, res, next) => {
  const allowed = isSameOriginOrSafe({
    method: req.method,
    host: req.get("host"),
    origin: req.get("origin"),
    fetchSite: req.get("sec-fetch-site"),
  });
  if (allowed) return next();
  log.warn({ method: req.method, url: req.originalUrl, origin: req.get("origin") }, "cross-origin request refused");
  res.status(403).type("text/plain; charset=utf-8").send(localizedRefusal(req, "crossOrigin"));
});

// Forms are read once, here, and refused unparsed when they have more fields than any of ours.
app.use(bufferFormBody, refuseCrowdedForms((req) => localizedRefusal(req, "tooManyFields")));

// Fingerprinted build output: a changed file gets a new name, so browsers keep each for a year.
app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y", index: false }));
// Webinar media (video with HTTP range requests, captions, chapters, posters), served by the
// app itself; only media files, never the webinar.yaml next to them (it holds quiz answers).
app.use(
  "/media/webinars",
  (req, res, next) => (/^\/[a-z0-9-]+\/[\w.-]+\.(webm|mp4|vtt|jpg|png)$/.test(req.path) ? next() : res.status(404).end()),
  express.static("webinars", { maxAge: "1h", fallthrough: false, dotfiles: "deny" }),
);
// Transcoded webinar streams (HLS playlists and segments, posters) from the shared media folder
// (MEDIA_DIR, by default DATA_DIR/media; see app/features/webinars/media/media-storage.server.ts).
// Only finished streams: a folder still being written ends in ".partial" and never matches.
const mediaDir = path.resolve(process.env.MEDIA_DIR ?? path.join(process.env.DATA_DIR ?? "./data", "media"));
app.use(
  "/media/streams",
  (req, res, next) => (/^\/[\w-]+\/[\w-]+\/(?:\d+p\/)?[\w-]+\.(m3u8|ts|jpg|vtt)$/.test(req.path) ? next() : res.status(404).end()),
  express.static(path.join(mediaDir, "webinars"), { maxAge: "1h", fallthrough: false, dotfiles: "deny", index: false }),
);
// Top-level public files (the favicon); page URLs never pay for a file-system lookup.
const publicFiles = express.static("build/client", { maxAge: "1h", index: false });
app.use((req, res, next) => (/^\/[^/]+\.\w+$/.test(req.path) ? publicFiles(req, res, next) : next()));

// Pages the app marks public, kept a few seconds for visitors who are not signed in (decision 0013),
// and the signed-in pages it lists, kept per personal state (decision 0038): a kept page is answered
// in front of Express (below); the rest passes here, where a page another worker keeps is asked for
// before it is rendered (decision 0040).
const { personalPages, KEPT_PERSONAL_PAGE_HEADER } = build.entry.module;
const cache = process.env.PAGE_CACHE === "off" ? null : pageCache({ personalPageHeader: KEPT_PERSONAL_PAGE_HEADER, otherWorkers: cluster.isWorker ? keptPagesOfOtherWorkers() : null });
const personalPageFor = cache ? personalPages(build.routes) : null;
if (cache) app.use(cache.middleware);

app.all(
  "*",
  remixHandler({
    build,
    getLoadContext: (req, res) => ({ clientIp: req.ip ?? "unknown", cspNonce: res.locals.cspNonce, personalState: req.personalPage?.state }),
  }),
);

// Errors before Remix (or while sending its response). A malformed URL (bad
// percent-encoding) or a broken body is the client's mistake: a warning with
// the reason and a short localized 4xx. Anything else is ours: logged with its
// stack, a 500. Never a stack trace to the client.
app.use((error, req, res, _next) => {
  const where = { method: req.method, url: req.originalUrl };
  if (error.status >= 400 && error.status < 500) {
    log.warn({ ...where, status: error.status, reason: String(error.message).slice(0, 300) }, "request refused before routing");
    res.status(error.status).type("text/plain; charset=utf-8").send(localizedRefusal(req, error.status === 413 ? "tooLarge" : "badRequest"));
    return;
  }
  log.error({ ...where, err: error }, "request failed outside the app");
  if (res.headersSent) return res.destroy();
  res.status(500).type("text/plain; charset=utf-8").send(localizedRefusal(req, "serverError"));
});

const server = http.createServer((req, res) => {
  logWhenFinished(req, res);
  const refusal = urlRefusal(req.url ?? "/");
  if (refusal) {
    res.writeHead(refusal.status, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" });
    res.end(localizedRefusal(req, refusal.kind));
    return;
  }
  strictTransportSecurityOverHttps(req, res, app.get("trust proxy fn"));
  if (cache?.answerFromMemory(req, res)) return;
  if (cache?.mayKeepPersonalPage(req)) return answerPersonalPage(req, res);
  app(req, res);
});
server.listen(port, host, () => log.info({ port, host, pid: process.pid }, "server listening"));

// Jobs (mails, reminders) run in every server process, outside requests (decision 0024).
const jobRunner = build.entry.module.startJobRunner?.() ?? null;

/** Signed-in page requests whose personal state is worked out in one turn of the event loop (see per-turn.js). */
const PERSONAL_PAGES_PER_TURN = 8;
const personalPageInTurn = perTurn(PERSONAL_PAGES_PER_TURN, (error) => log.error({ err: error }, "a signed-in page request failed before the app"));

/**
 * A signed-in page request: the person's state on that page worked out first
 * (for a page the app lists; it records their visit too), then the page kept
 * for that state, or the app renders it for that state. A request whose
 * client left while it waited is dropped.
 */
function answerPersonalPage(req, res) {
  personalPageInTurn(() => {
    if (req.socket.destroyed) return;
    try {
      answerForPersonalState(req, res);
    } catch (error) {
      failedBeforeTheApp(req, res, error);
    }
  });
}

function answerForPersonalState(req, res) {
  /** @type {URL} */
  let url;
  try {
    // Read as the Remix adapter reads it, so both find the same route.
    url = new URL(`http://localhost${req.url}`);
  } catch {
    // Not a URL the app can read either: its answer (a 400) is the right one.
    return app(req, res);
  }
  personalPageFor(url, req.headers.cookie)
    .then(
      (personalPage) => {
        req.personalPage = personalPage;
        if (!(personalPage && cache.answerFromMemory(req, res))) app(req, res);
      },
      (error) => {
        log.error({ err: error, url: req.url }, "personal state of a page failed; the app renders it");
        app(req, res);
      },
    )
    .catch((error) => failedBeforeTheApp(req, res, error));
}

/** Ours, not the client's: logged with its stack, a 500 (or the connection cut if the answer had begun). */
function failedBeforeTheApp(req, res, error) {
  log.error({ method: req.method, url: req.url, err: error }, "request failed outside the app");
  if (res.headersSent) return res.destroy();
  res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" });
  res.end(localizedRefusal(req, "serverError"));
}

/**
 * One JSON line per request once it has been answered, with the process that
 * answered it. Pages answered from
 * memory never reach Express, so the client address is computed here the way
 * Express's req.ip does, with the app's own `trust proxy` rule.
 */
function logWhenFinished(req, res) {
  const started = process.hrtime.bigint();
  const url = req.url;
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    log.info({ method: req.method, url, status: res.statusCode, ms: Math.round(ms * 10) / 10, cache: res.cacheState, ip: proxyAddr(req, app.get("trust proxy fn")), pid: process.pid }, "request");
  });
}

let shuttingDown = false;
/**
 * Stop accepting connections and taking jobs, let in-flight requests (and
 * their writes) and the jobs in hand finish, then exit. A job still running
 * after 10 s is taken again by another worker once its lease expires.
 */
function shutdown(signal) {
  if (shuttingDown) return;
  shuttingDown = true;
  log.info({ signal, pid: process.pid }, "shutting down: finishing in-flight requests and jobs");
  const requestsDone = new Promise((resolve) => server.close(resolve));
  // A keep-alive connection goes idle once its last answer is sent: close it then, not after the keep-alive timeout.
  setInterval(() => server.closeIdleConnections(), 100).unref();
  const waitingFor = new Set(["requests", "jobs"]);
  requestsDone.then(() => waitingFor.delete("requests"));
  const jobsDone = Promise.resolve(jobRunner?.stop()).then(() => waitingFor.delete("jobs"));
  Promise.all([requestsDone, jobsDone]).then(() => process.exit(0));
  setTimeout(() => {
    log.error({ pid: process.pid, waitingFor: [...waitingFor] }, "shutdown took longer than 10 s; exiting");
    process.exit(1);
  }, 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
