import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const script = fileURLToPath(new URL("./worker-process.ts", import.meta.url));

/**
 * Starts worker-process.ts in a Node process of its own (through tsx's loader,
 * so the process to kill is the worker itself), sharing this test's database.
 */
export function spawnWorker(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, LOG_LEVEL: "error", ...env },
    stdio: ["pipe", "pipe", "inherit"],
  });
}

/** Resolves with the exit code once the worker has exited. */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/**
 * Starts `count` workers, waits until each has loaded, then lets them all
 * go at the same moment; resolves with their exit codes.
 */
export async function raceWorkers(count: number, env: Record<string, string>): Promise<(number | null)[]> {
  const workers = Array.from({ length: count }, () => spawnWorker({ ...env, TEST_WAIT_FOR_GO: "1", TEST_UNTIL_IDLE: "1" }));
  await Promise.all(workers.map((worker) => new Promise((resolve) => worker.stdout!.once("data", resolve))));
  for (const worker of workers) worker.stdin!.end("go\n");
  return Promise.all(workers.map(exited));
}
