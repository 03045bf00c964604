// The cluster primary: forks the workers, replaces one that crashes, and on
// SIGTERM/SIGINT asks every worker to finish its in-flight requests and exit.
// Workers share the listening port; the primary serves no requests itself. It
// holds the pages the workers keep, for the other workers (kept-pages-shared.js).
import cluster from "node:cluster";
import { fileURLToPath } from "node:url";
import { shareKeptPages } from "./kept-pages-shared.js";
import { log } from "./log.js";

const RESTART_DELAY_MS = 1_000;
const SHUTDOWN_TIMEOUT_MS = 15_000;

/** @param {number} count @param {string} reason */
export function startPrimary(count, reason) {
  // "advanced": a kept page's body goes to another worker as bytes (kept-pages-shared.js).
  cluster.setupPrimary({ exec: fileURLToPath(new URL("./worker.js", import.meta.url)), serialization: "advanced" });
  shareKeptPages(cluster);
  log.info({ workers: count, reason }, "starting server workers");
  let stopping = false;
  let failed = false;
  /** @type {Set<number>} workers that have started listening */
  const listening = new Set();

  for (let i = 0; i < count; i += 1) cluster.fork();
  cluster.on("listening", (worker) => listening.add(worker.id));

  cluster.on("exit", (worker, code, signal) => {
    const cleanExit = code === 0 && !signal;
    if (stopping) {
      failed ||= !cleanExit;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(failed ? 1 : 0);
      return;
    }
    if (!listening.has(worker.id)) {
      // A worker that dies before it listens (missing build, port taken) would die again.
      log.fatal({ pid: worker.process.pid, code, signal }, "a worker failed to start; stopping");
      failed = true;
      stop("worker start failure");
      return;
    }
    listening.delete(worker.id);
    log.error({ pid: worker.process.pid, code, signal }, "a worker died; starting a replacement");
    setTimeout(() => stopping || cluster.fork(), RESTART_DELAY_MS);
  });

  /** @param {string} why */
  function stop(why) {
    if (stopping) return;
    stopping = true;
    log.info({ why }, "stopping: workers finish in-flight requests");
    const workers = Object.values(cluster.workers ?? {});
    if (workers.length === 0) process.exit(failed ? 1 : 0);
    for (const worker of workers) worker?.process.kill("SIGTERM");
    setTimeout(() => process.exit(1), SHUTDOWN_TIMEOUT_MS).unref();
  }
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}
