// Starts the built production server (server/index.js, one worker per core)
// as a child process in its own process group, for the benchmark and the
// crash test: wait until it answers, stop it gracefully, or kill it outright.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

export type RunningServer = {
  url: string;
  pid: number;
  /** SIGTERM to the primary; resolves with its exit code once it has exited. */
  stop(): Promise<number | null>;
  /** SIGKILL to the whole process group (primary and workers), as a power cut would. */
  kill(): Promise<void>;
};

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

async function waitUntilHealthy(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited during start-up (code ${child.exitCode}, signal ${child.signalCode})`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
}

/**
 * Starts `node server/index.js` with the given environment (DATABASE_URL,
 * DATA_DIR, …) on `port`; its log goes to `logFile` when given. `nodeArgs`
 * (e.g. `--cpu-prof`) reach the workers too: cluster workers inherit them.
 */
export async function startServer(options: { port: number; env: Record<string, string>; logFile?: string; timeoutMs?: number; nodeArgs?: string[] }): Promise<RunningServer> {
  const log = options.logFile ? fs.openSync(options.logFile, "a") : "ignore";
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), "server/index.js"], {
    env: { ...process.env, NODE_ENV: "production", ...options.env, PORT: String(options.port) },
    stdio: ["ignore", log, log],
    detached: true,
  });
  const url = `http://127.0.0.1:${options.port}`;
  try {
    await waitUntilHealthy(url, child, options.timeoutMs ?? 60_000);
  } catch (error) {
    if (child.pid && groupAlive(child.pid)) process.kill(-child.pid, "SIGKILL");
    throw error;
  }
  const pid = child.pid!;
  return {
    url,
    pid,
    async stop() {
      child.kill("SIGTERM");
      return exited(child);
    },
    async kill() {
      if (groupAlive(pid)) process.kill(-pid, "SIGKILL");
      await exited(child);
      // The workers are in the same group; wait until none is left.
      while (groupAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
}

function groupAlive(groupId: number): boolean {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch {
    return false;
  }
}
