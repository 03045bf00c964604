import { useEffect } from "react";

/** The service worker that keeps the check-in page and its files for offline use (public/check-in-sw.js). */
const WORKER = "/check-in-sw.js";

/**
 * Installs the check-in service worker for this page and hands it the
 * files the page was built from, so the page opens again without a network.
 * The page's own files loaded before the worker took control; from then on
 * the worker keeps what the page fetches.
 */
export function useOfflinePage(skip: string) {
  useEffect(() => {
    // Ask the browser not to evict this site's storage under pressure: the queue holds scans not yet synced.
    void navigator.storage?.persist?.().catch(() => false);
    if (!("serviceWorker" in navigator)) return;
    const page = `${location.pathname}${location.search}`;
    void navigator.serviceWorker
      .register(WORKER, { scope: location.pathname })
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const files = [
          page,
          ...performance.getEntriesByType("resource").map((entry) => entry.name),
          ...[...document.querySelectorAll<HTMLLinkElement>("link[rel=manifest], link[rel=icon], link[rel=stylesheet]")].map((link) => link.href),
        ]
          .map((url) => new URL(url, location.href))
          .filter((url) => url.origin === location.origin && !url.pathname.startsWith(skip))
          .map((url) => `${url.pathname}${url.search}`);
        registration.active?.postMessage({ type: "keep", urls: [...new Set(files)] });
      })
      .catch(() => {});
  }, [skip]);
}
