// Pages kept by one worker, given to the others (decision 0040). Each worker
// keeps pages in its own memory (page-cache.js); without this, every worker
// rendered each page once for itself: a class opening a quiz in 16 layouts on
// two workers paid 32 renderings of the form, not 16. The cluster primary
// holds the latest kept copy of each page and, while a worker renders a page,
// has the other workers that ask for it wait for that rendering instead of
// starting their own. A worker asks only when it has no fresh copy itself.
//
// Messages between a worker and the primary carry `keptPages`: "ask" (with an
// id) is answered by "answer" with the page or null (then the asking worker
// renders it); "keep" hands over a page just rendered; "abandon" says the
// rendering ended without a page to keep. The cluster must pass messages with
// the "advanced" serialization, so that a page's body travels as bytes.
import { PageCacheStore } from "./page-cache-store.js";

/**
 * @typedef {{ status: number, headers: [string, string][], body: Buffer, storedAt: number, freshMs: number, staleMs: number }} SharedPage
 * @typedef {{ id: number, send: (message: unknown, callback?: (error: Error | null) => void) => unknown, isConnected?: () => boolean }} WorkerLike
 */

/** How long the others wait for a worker's rendering before they render the page themselves. */
export const WAIT_FOR_OTHER_RENDER_MS = 10_000;

/**
 * The primary's side: answers the workers' questions from the pages they kept.
 * @param {{ on: (event: string, listener: (...args: any[]) => void) => unknown }} cluster
 * @param {{ maxEntries?: number, maxBytes?: number, waitMs?: number, now?: () => number }} [options]
 */
export function shareKeptPages(cluster, { maxEntries = 500, maxBytes = 32 * 2 ** 20, waitMs = WAIT_FOR_OTHER_RENDER_MS, now = Date.now } = {}) {
  const store = new PageCacheStore({ maxEntries, maxBytes });
  /** @type {Map<string, { worker: number, waiting: { worker: WorkerLike, id: number }[], timer: NodeJS.Timeout }>} key → the worker rendering it, and who waits */
  const renderings = new Map();

  /** @param {string} key @param {SharedPage | null} page */
  function finishRendering(key, page) {
    const rendering = renderings.get(key);
    if (!rendering) return;
    renderings.delete(key);
    clearTimeout(rendering.timer);
    for (const { worker, id } of rendering.waiting) answer(worker, id, page);
  }

  cluster.on("message", (/** @type {WorkerLike} */ worker, /** @type {any} */ message) => {
    if (typeof message?.keptPages !== "string" || typeof message.key !== "string") return;
    const { key } = message;
    if (message.keptPages === "ask") {
      const found = store.lookup(key, now());
      if (found?.fresh) return answer(worker, message.id, found.page);
      const rendering = renderings.get(key);
      if (rendering && rendering.worker !== worker.id) return void rendering.waiting.push({ worker, id: message.id });
      if (rendering) finishRendering(key, null);
      const timer = setTimeout(() => finishRendering(key, null), waitMs);
      timer.unref();
      renderings.set(key, { worker: worker.id, waiting: [], timer });
      return answer(worker, message.id, null);
    }
    if (message.keptPages === "keep") {
      const page = receivedPage(message.page);
      if (!page) return;
      store.store(key, page);
      // Whoever rendered it, those waiting for the page have it now.
      finishRendering(key, page);
      return;
    }
    if (message.keptPages === "abandon" && renderings.get(key)?.worker === worker.id) finishRendering(key, null);
  });

  // A worker that dies while rendering will not finish: the others render it themselves.
  // One that dies while waiting needs no answer.
  cluster.on("exit", (/** @type {WorkerLike} */ worker) => {
    for (const [key, rendering] of renderings) {
      if (rendering.worker === worker.id) finishRendering(key, null);
      else rendering.waiting = rendering.waiting.filter((waiter) => waiter.worker.id !== worker.id);
    }
  });
}

/**
 * A worker's side: asks the primary for a page kept by another worker, and
 * hands over the pages it keeps. Null outside a cluster (a single process).
 * @param {{ send?: (message: unknown, callback: (error: Error | null) => void) => unknown, connected?: boolean, on: (event: "message", listener: (message: any) => void) => unknown }} [channel]
 * @param {{ waitMs?: number }} [options]
 */
export function keptPagesOfOtherWorkers(channel = process, { waitMs = WAIT_FOR_OTHER_RENDER_MS } = {}) {
  if (typeof channel.send !== "function") return null;
  /** @type {Map<number, (page: SharedPage | null) => void>} */
  const asked = new Map();
  let nextId = 1;
  channel.on("message", (message) => {
    if (message?.keptPages !== "answer") return;
    asked.get(message.id)?.(receivedPage(message.page));
  });
  /**
   * @param {unknown} message
   * @param {() => void} [failed] called when it cannot go out
   */
  const send = (message, failed = () => {}) => {
    if (channel.connected === false) return failed();
    // With a callback, a channel closed meanwhile (the server is stopping) is reported
    // here instead of as an error event: every page is then this worker's own.
    channel.send?.(message, (/** @type {Error | null} */ error) => error && failed());
  };
  return {
    /**
     * The page another worker keeps under `key`, fresh; null when this worker should render it.
     * @param {string} key
     * @returns {Promise<SharedPage | null>}
     */
    ask(key) {
      const id = nextId++;
      return new Promise((resolve) => {
        // The primary answers within its own wait; this one only guards against a primary that never does.
        const timer = setTimeout(() => done(null), waitMs + 1_000);
        timer.unref();
        const done = (/** @type {SharedPage | null} */ page) => {
          clearTimeout(timer);
          asked.delete(id);
          resolve(page);
        };
        asked.set(id, done);
        send({ keptPages: "ask", id, key }, () => done(null));
      });
    },
    /** @param {string} key @param {SharedPage} page */
    keep(key, page) {
      send({ keptPages: "keep", key, page: sharedPart(page) });
    },
    /** @param {string} key */
    abandon(key) {
      send({ keptPages: "abandon", key });
    },
  };
}

/** @param {WorkerLike} worker @param {number} id @param {SharedPage | null} page */
function answer(worker, id, page) {
  // A worker gone meanwhile needs no answer; sending to it would be an error event, which ends the primary.
  if (worker.isConnected && !worker.isConnected()) return;
  worker.send({ keptPages: "answer", id, page: page && sharedPart(page) }, () => {});
}

/**
 * A page as it arrived (its body as bytes, a Buffer again), or null when it is not one.
 * @param {any} page
 * @returns {SharedPage | null}
 */
function receivedPage(page) {
  if (!page || !(page.body instanceof Uint8Array) || !Array.isArray(page.headers)) return null;
  // A copy: the bytes arrive as a view into the whole message.
  return { ...sharedPart(page), body: Buffer.from(page.body) };
}

/**
 * What of a kept page goes between processes (a store's entry also holds its key, hash and compressed forms).
 * @param {SharedPage} page
 * @returns {SharedPage}
 */
function sharedPart({ status, headers, body, storedAt, freshMs, staleMs }) {
  return { status, headers, body, storedAt, freshMs, staleMs };
}
