// One server process: compression, static assets with long-lived caching for
// fingerprinted files, structured request logs, the cross-origin check, the
// page cache and graceful shutdown around the Remix request handler, and the
// job runner beside it.
// server/index.js runs one of these per CPU core.
import { createRequestHandler } from "@remix-run/express";
import http from "node:http";
import compression from "compression";
import express from "express";
import proxyAddr from "proxy-addr";
import { log } from "./log.js";
import { localizedRefusal } from "./refusals.js";
import { isSameOriginOrSafe } from "./origin-check.js";
import { pageCache } from "./page-cache.js";

const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Content-Security-Policy": "frame-ancestors 'none'",
  "Referrer-Policy": "same-origin",
};

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";

process.env.NODE_ENV ??= "production";
const build = await import("../build/server/index.js");
const app = express();
app.disable("x-powered-by");
// Behind one reverse proxy, trust exactly that hop: the client cannot choose its address.
app.set("trust proxy", process.env.TRUST_PROXY === "1" ? 1 : false);
app.use(compression());

app.use((req, res, next) => {
  res.set(SECURITY_HEADERS);
  next();
});

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

// Fingerprinted build output: a changed file gets a new name, so browsers keep each for a year.
app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y", index: false }));
// Webinar media (video with HTTP range requests, captions, chapters, posters), served by the
// app itself; only media files, never the webinar.yaml next to them (it holds quiz answers).
app.use(
  "/media/webinars",
  (req, res, next) => (/^\/[a-z0-9-]+\/[\w.-]+\.(webm|mp4|vtt|jpg|png)$/.test(req.path) ? next() : res.status(404).end()),
  express.static("webinars", { maxAge: "1h", fallthrough: false, dotfiles: "deny" }),
);
// Top-level public files (the favicon); page URLs never pay for a file-system lookup.
const publicFiles = express.static("build/client", { maxAge: "1h", index: false });
app.use((req, res, next) => (/^\/[^/]+\.\w+$/.test(req.path) ? publicFiles(req, res, next) : next()));

// Pages the app marks public, kept a few seconds for visitors who are not signed in (decision 0013):
// a kept page is answered in front of Express (below); the rest passes here.
const cache = process.env.PAGE_CACHE === "off" ? null : pageCache();
if (cache) app.use(cache.middleware);

app.all(
  "*",
  createRequestHandler({
    build,
    mode: "production",
    getLoadContext: (req) => ({ clientIp: req.ip ?? "unknown" }),
  }),
);

// Malformed URLs (bad percent-encoding) and other errors before Remix: a short localized message, never a stack trace.
app.use((error, req, res, _next) => {
  log.warn({ err: error, url: req.originalUrl }, "request refused before routing");
  res.status(error.status && error.status < 500 ? error.status : 400).type("text/plain; charset=utf-8").send(localizedRefusal(req, "badRequest"));
});

const server = http.createServer((req, res) => {
  logWhenFinished(req, res);
  if (cache?.answerFromMemory(req, res)) return;
  app(req, res);
});
server.listen(port, host, () => log.info({ port, host, pid: process.pid }, "server listening"));

// Jobs (mails, reminders) run in every server process, outside requests (decision 0014).
const jobRunner = build.entry.module.startJobRunner?.() ?? null;

/**
 * One JSON line per request once it has been answered. Pages answered from
 * memory never reach Express, so the client address is computed here the way
 * Express's req.ip does, with the app's own `trust proxy` rule.
 */
function logWhenFinished(req, res) {
  const started = process.hrtime.bigint();
  const url = req.url;
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    log.info({ method: req.method, url, status: res.statusCode, ms: Math.round(ms * 10) / 10, cache: res.getHeader("x-cache"), ip: proxyAddr(req, app.get("trust proxy fn")) }, "request");
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
  server.closeIdleConnections();
  Promise.all([requestsDone, jobRunner?.stop()]).then(() => process.exit(0));
  setTimeout(() => process.exit(1), 10_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
