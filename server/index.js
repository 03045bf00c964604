// Production server entry point: one worker process per CPU core (node:cluster),
// or a single process when only one is wanted. Each worker is server/worker.js.
import { startPrimary } from "./primary.js";
import { workerCount } from "./worker-count.js";
import { log } from "./log.js";

const { count, reason } = workerCount();
if (count > 1) {
  startPrimary(count, reason);
} else {
  log.info({ workers: 1, reason }, "running a single server process");
  await import("./worker.js");
}
