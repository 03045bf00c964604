// Security headers for every response (decision 0016): helmet's, with a
// Content-Security-Policy whose scripts need this response's nonce, a
// Permissions-Policy that leaves only the camera (QR check-in) and the video
// player's needs on, and HSTS when the request came over HTTPS.
import crypto from "node:crypto";
import helmet from "helmet";

/**
 * The origin live webinars are played from (LIVE_PLAYBACK_URL: the ingest's
 * HLS or a CDN), when it is not this site.
 */
const livePlaybackOrigins = (() => {
  const url = process.env.LIVE_PLAYBACK_URL ?? "http://localhost:8080/hls";
  return /^https?:\/\//.test(url) ? [new URL(url).origin] : [];
})();

/** Where browsers send Content-Security-Policy violation reports. */
export const CSP_REPORT_PATH = "/__csp-report";

/**
 * The features this site uses, for this origin only: the camera scans ticket
 * QR codes at check-in; the webinar player goes full screen and picture in
 * picture, and starts again by itself after a checkpoint question. Every
 * other powerful feature is off for the page and anything it could embed.
 */
const PERMISSIONS_POLICY = [
  "camera=(self)",
  "fullscreen=(self)",
  "picture-in-picture=(self)",
  "autoplay=(self)",
  ...[
    "accelerometer",
    "bluetooth",
    "browsing-topics",
    "display-capture",
    "encrypted-media",
    "geolocation",
    "gyroscope",
    "hid",
    "idle-detection",
    "local-fonts",
    "magnetometer",
    "microphone",
    "midi",
    "otp-credentials",
    "payment",
    "publickey-credentials-create",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "usb",
    "web-share",
    "xr-spatial-tracking",
  ].map((feature) => `${feature}=()`),
].join(", ");

/** @param {import("node:http").ServerResponse & { locals?: { cspNonce?: string } }} res */
const nonceSource = (_req, res) => `'nonce-${res.locals?.cspNonce ?? ""}'`;

const helmetHeaders = helmet({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      // Every script is our own: the build's modules ('self') and the few inline
      // scripts Remix and React write into each page, which carry the nonce.
      scriptSrc: ["'self'", nonceSource],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'"],
      // React writes the few computed sizes (progress bars, chart widths) as style attributes.
      styleSrcAttr: ["'unsafe-inline'"],
      imgSrc: ["'self'"],
      // HLS (recorded and live) plays through Media Source Extensions (blob: URLs), live from the playback origin;
      // video.js's http-streaming repackages segments in a worker it starts from a blob: URL.
      mediaSrc: ["'self'", "blob:", ...livePlaybackOrigins],
      workerSrc: ["'self'", "blob:"],
      // video.js's icon font is a data: URL inside its stylesheet.
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'", ...livePlaybackOrigins],
      objectSrc: ["'none'"],
      frameSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      reportUri: [CSP_REPORT_PATH],
    },
  },
  // Set per request by `strictTransportSecurityOverHttps`: only a response sent over HTTPS may carry it.
  strictTransportSecurity: false,
  xFrameOptions: { action: "deny" },
  referrerPolicy: { policy: "same-origin" },
});

/**
 * Express middleware: a fresh nonce for this response (read by the app for
 * its inline scripts through the load context), then the headers.
 * @type {import("express").RequestHandler}
 */
export function securityHeaders(req, res, next) {
  res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
  res.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
  helmetHeaders(req, res, next);
}

const hsts = helmet.strictTransportSecurity({ maxAge: 365 * 24 * 3600, includeSubDomains: false });

/**
 * Sets Strict-Transport-Security when the request came over HTTPS: on a TLS
 * socket, or, from a trusted proxy, with `X-Forwarded-Proto: https` (as
 * Express's `req.protocol` reads it). For plain node:http requests, so pages
 * answered from the page cache get it too.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {(address: string, hop: number) => boolean} trustsProxy Express's compiled `trust proxy` rule
 */
export function strictTransportSecurityOverHttps(req, res, trustsProxy) {
  if (servedOverHttps(req, trustsProxy)) hsts(req, res, () => {});
}

/** @param {import("node:http").IncomingMessage} req @param {(address: string, hop: number) => boolean} trustsProxy */
export function servedOverHttps(req, trustsProxy) {
  if (/** @type {import("node:tls").TLSSocket} */ (req.socket).encrypted) return true;
  if (!trustsProxy(req.socket.remoteAddress ?? "", 0)) return false;
  const forwarded = String(req.headers["x-forwarded-proto"] ?? "");
  return forwarded.split(",")[0]?.trim().toLowerCase() === "https";
}
