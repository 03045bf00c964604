// Captures the exact bytes the app sends for a page and serves them from a
// bare node:http process, whose throughput is the page's ceiling.
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";

/** `cacheState`: the app's X-Cache answer (HIT when the page cache sent it). */
export type CapturedPage = { status: number; headers: Record<string, string>; body: Buffer; cacheState: string };

/** The raw (still compressed) response, as it travels on the wire. */
export function capturePage(url: string, headers: Record<string, string>): Promise<CapturedPage> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const kept = ["content-type", "content-encoding", "vary"];
          const headersKept = Object.fromEntries(kept.filter((name) => response.headers[name]).map((name) => [name, String(response.headers[name])]));
          resolve({ status: response.statusCode ?? 0, headers: headersKept, body: Buffer.concat(chunks), cacheState: String(response.headers["x-cache"] ?? "none") });
        });
      })
      .on("error", reject);
  });
}

export type BareServer = { url: string; stop(): Promise<void> };

export async function startBareServer(page: CapturedPage, port: number): Promise<BareServer> {
  const bodyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-bare-")), "body");
  fs.writeFileSync(bodyFile, page.body);
  const child = spawn(process.execPath, [path.join(import.meta.dirname, "bare-server.mjs")], {
    env: { ...process.env, BODY_FILE: bodyFile, HEADERS: JSON.stringify(page.headers), PORT: String(port) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const listening = await new Promise<number>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`bare server exited (${code})`)));
    child.stdout!.on("data", (data: Buffer) => {
      const match = /listening (\d+)/.exec(data.toString());
      if (match) resolve(Number(match[1]));
    });
  });
  return {
    url: `http://127.0.0.1:${listening}`,
    async stop() {
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await gone;
      fs.rmSync(path.dirname(bodyFile), { recursive: true, force: true });
    },
  };
}
