// Service worker of the trainer's check-in page (decision 0025). Registered
// by that page with the page's own path as its scope, so it controls that
// page only. It keeps the page and the files it loads, so the page opens
// again when the network is gone; the roster and the scans live in the
// page's IndexedDB, never here. Requests to the sync endpoint pass through
// untouched: they must reach the server or fail.
const CACHE = "check-in-v1";
/** A slow network at a crowded venue: after this long the kept page is shown instead. */
const PAGE_TIMEOUT_MS = 4000;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

// The page lists the files it was built from once the worker is in charge.
self.addEventListener("message", (event) => {
  if (event.data?.type === "keep" && Array.isArray(event.data.urls)) event.waitUntil(keep(event.data.urls.filter(isOwnPath)));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.endsWith("/check-in/sync")) return;
  if (request.mode === "navigate") event.respondWith(page(request));
  else if (url.pathname.startsWith("/assets/")) event.respondWith(fingerprinted(request));
  else event.respondWith(networkThenKept(request));
});

function isOwnPath(value) {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//");
}

/**
 * Keeps the page's files, and lets go of build files it no longer uses
 * (an earlier version's, after a deploy).
 */
async function keep(paths) {
  const cache = await caches.open(CACHE);
  const wanted = new Set(paths);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith("/assets/") && !wanted.has(path)) await cache.delete(request);
  }
  await Promise.all(
    paths.map(async (path) => {
      try {
        const response = await fetch(path, { credentials: "same-origin", cache: "no-cache" });
        if (worthKeeping(response)) await cache.put(path, response);
      } catch {
        // Offline already: what is kept stays.
      }
    }),
  );
}

/** A full answer from this origin; never a redirect (to the login page) or an error. */
function worthKeeping(response) {
  return response.ok && response.type === "basic" && !response.redirected;
}

/**
 * The page: from the network while it answers in time (kept for next
 * time), else the kept copy, else whatever the network says. A redirect
 * (the login ended) passes through so the trainer can sign in again.
 */
async function page(request) {
  const cache = await caches.open(CACHE);
  const fromNetwork = fetch(request).then(async (response) => {
    if (worthKeeping(response)) await cache.put(request.url, response.clone());
    return response;
  });
  const kept = await cache.match(request.url, { ignoreSearch: true });
  if (!kept) return fromNetwork;
  const timeout = new Promise((resolve) => setTimeout(() => resolve(null), PAGE_TIMEOUT_MS));
  const answer = await Promise.race([fromNetwork.catch(() => null), timeout]);
  return answer ?? kept;
}

/** Build files never change under the same name: the kept copy, else the network (kept from then on). */
async function fingerprinted(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (worthKeeping(response)) await cache.put(request, response.clone());
  return response;
}

/** Anything else the page loads (route manifest, icons, its app manifest): fresh when possible, the kept copy when offline. */
async function networkThenKept(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (worthKeeping(response)) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request);
    if (kept) return kept;
    throw error;
  }
}
