// npm run multi-node — several app nodes on one PostgreSQL database behind
// nginx (deploy/nginx-multi-node.conf), as on several machines, for trying it
// out and for e2e/multi-node.spec.ts. Environment:
//   DATABASE_URL (postgresql://…), SESSION_SECRET, CERTIFICATE_SIGNING_KEY: required
//   NODES (2), NODE_PORT (3001: nodes listen on 3001, 3002, …), PROXY_PORT (8080)
//   DATA_DIR: the folder every node shares (on several machines: a shared mount)
// Build first (npm run build) and migrate (npm run db:deploy). Ctrl-C stops all.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startServer, type RunningServer } from "./server-process";

export type MultiNode = { url: string; nodes: RunningServer[]; stop(): Promise<void> };

type Options = { nodePorts: number[]; proxyPort: number; env: Record<string, string>; workDir: string; extraNginx?: string };

/** nginx's config for these nodes, from the template in deploy/. */
export function nginxConfig(prefix: string, nodePorts: number[], listen: string, extra = ""): string {
  const template = fs.readFileSync(path.join("deploy", "nginx-multi-node.conf"), "utf8");
  const servers = nodePorts.map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join("\n    ");
  return template.replaceAll("{{PREFIX}}", prefix).replace("{{SERVERS}}", servers).replace("{{LISTEN}}", listen).replace("{{EXTRA}}", extra);
}

async function startNginx(prefix: string, config: string, url: string): Promise<ChildProcess> {
  fs.mkdirSync(prefix, { recursive: true });
  const file = path.join(prefix, "nginx.conf");
  fs.writeFileSync(file, config);
  const nginx = spawn("nginx", ["-p", prefix, "-c", file, "-g", "daemon off;"], { stdio: ["ignore", "inherit", "inherit"] });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (nginx.exitCode !== null) throw new Error(`nginx exited (${nginx.exitCode}); see ${prefix}/error.log`);
    if (await fetch(`${url}/healthz`).then((response) => response.ok, () => false)) return nginx;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  nginx.kill("SIGKILL");
  throw new Error("nginx did not answer within 15 s");
}

/** Starts the nodes (each `node server/index.js` with its workers), then nginx in front of them. */
export async function startMultiNode(options: Options): Promise<MultiNode> {
  const env = { ...options.env, MULTI_NODE: "1", TRUST_PROXY: "1" };
  const nodes = await Promise.all(
    options.nodePorts.map((port, i) => startServer({ port, env, logFile: path.join(options.workDir, `node-${i + 1}.log`), timeoutMs: 90_000 })),
  );
  const url = `http://127.0.0.1:${options.proxyPort}`;
  const prefix = path.join(options.workDir, "nginx");
  let nginx: ChildProcess;
  try {
    nginx = await startNginx(prefix, nginxConfig(prefix, options.nodePorts, `127.0.0.1:${options.proxyPort}`, options.extraNginx), url);
  } catch (error) {
    await Promise.all(nodes.map((node) => node.kill()));
    throw error;
  }
  return {
    url,
    nodes,
    async stop() {
      nginx.kill("SIGQUIT");
      await Promise.all(nodes.map((node) => node.stop()));
      if (nginx.exitCode === null) await new Promise((resolve) => nginx.once("exit", resolve));
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.env.NODES ?? 2);
  const first = Number(process.env.NODE_PORT ?? 3001);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "multi-node-"));
  const running = await startMultiNode({
    nodePorts: Array.from({ length: count }, (_, i) => first + i),
    proxyPort: Number(process.env.PROXY_PORT ?? 8080),
    env: {},
    workDir,
  });
  console.log(`${count} nodes behind nginx at ${running.url} (logs in ${workDir})`);
  const stop = () => void running.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
