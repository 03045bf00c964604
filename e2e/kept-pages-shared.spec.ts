// A page kept by one worker of the clustered production server is given to
// the other (decision 0040): the page is rendered once for the server, not
// once per worker. The server runs with two workers on a private copy of the
// e2e database, three ports after E2E_PORT, with its log in a file that says
// which worker answered each request.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "./test";
import { startServer } from "../scripts/server-process";
import { scratchCopy } from "./crash-support";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 3;

/** A page load on a connection of its own, as each phone in a hall opens one. */
function loadOnNewConnection(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false, headers: { accept: "text/html" } }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on("error", reject);
  });
}

/** The server's request log so far. */
function requestLines(logFile: string) {
  return fs
    .readFileSync(logFile, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { msg: string; url?: string; pid?: number; cache?: string })
    .filter((line) => line.msg === "request");
}

test("a public page is rendered once for both workers, in each language", async () => {
  const scratch = await scratchCopy();
  const logFile = path.join(scratch.dir, "server.log");
  const server = await startServer({ port: PORT, env: { ...scratch.env, WEB_CONCURRENCY: "2", LOG_LEVEL: "info" }, logFile, timeoutMs: 90_000 });
  const pages = { zh: "/zh/trainings", en: "/en/trainings" };
  const bodies: Record<string, Set<string>> = { zh: new Set(), en: new Set() };
  try {
    // Both workers listening: each has answered a request.
    await expect
      .poll(async () => {
        await loadOnNewConnection(`${server.url}/healthz`);
        return new Set(requestLines(logFile).map((line) => line.pid)).size;
      })
      .toBe(2);
    // One page load after another, each on a new connection: the workers take them in turn.
    for (const [language, page] of Object.entries(pages)) {
      for (let load = 0; load < 6; load += 1) {
        const { status, body } = await loadOnNewConnection(`${server.url}${page}`);
        expect(status).toBe(200);
        bodies[language]!.add(body);
      }
    }
  } finally {
    await server.stop();
  }
  const answered = requestLines(logFile);
  await scratch.dispose();

  for (const [language, page] of Object.entries(pages)) {
    const requests = answered.filter((line) => line.url === page);
    expect(requests).toHaveLength(6);
    // Both workers answered this page…
    expect(new Set(requests.map((line) => line.pid)).size, `${language}: workers that answered`).toBe(2);
    // …and it was rendered once: every other answer is the kept copy, the same bytes.
    expect(requests.filter((line) => line.cache === "MISS"), `${language}: renders`).toHaveLength(1);
    expect(bodies[language]!.size).toBe(1);
  }
  expect([...bodies.zh!][0]).toContain('lang="zh');
  expect([...bodies.en!][0]).toContain('lang="en');
});
