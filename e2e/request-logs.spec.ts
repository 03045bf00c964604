// Client mistakes are logged as warnings without stack traces; only our own
// faults are errors. The production server runs on a private copy of the e2e
// database, two ports after E2E_PORT, with its log in a file.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./test";
import { startServer } from "../scripts/server-process";
import { scratchCopy } from "./crash-support";

const PORT = Number(process.env.E2E_PORT ?? 3100) + 2;

test("a wrong method, an unknown route, a ?_data request and a malformed URL are warnings without stack traces", async () => {
  const scratch = await scratchCopy();
  const logFile = path.join(scratch.dir, "server.log");
  const server = await startServer({ port: PORT, env: { ...scratch.env, WEB_CONCURRENCY: "1", LOG_LEVEL: "info" }, logFile, timeoutMs: 90_000 });
  try {
    const send = (url: string, init?: RequestInit) => fetch(`${server.url}${url}`, init).then((response) => response.status);
    expect(await send("/en", { method: "POST", body: new URLSearchParams({ a: "1" }) })).toBe(405);
    expect(await send("/zh/courses/no-such-course")).toBe(404);
    expect(await send("/en/no/such/page")).toBe(404);
    expect(await send("/zh?_data=root")).toBeLessThan(500);
    expect(await send("/zh/courses/%")).toBe(400);
    expect(await send("/en/no-such-page.data")).toBeLessThan(500);
  } finally {
    await server.stop();
  }
  const lines = fs
    .readFileSync(logFile, "utf8")
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as { level: number; msg: string; url?: string; [key: string]: unknown });
  await scratch.dispose();

  const problems = lines.filter((line) => line.level >= 40);
  expect(problems.map((line) => line.url ?? "").join(" ")).toContain("/en");
  for (const line of problems) {
    expect(line.level, JSON.stringify(line)).toBe(40);
    expect(JSON.stringify(line), line.msg).not.toContain("stack");
  }
  expect(lines.filter((line) => line.msg === "request").length).toBeGreaterThanOrEqual(6);
});
