import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import express from "express";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { keptPagesOfOtherWorkers, shareKeptPages } from "./kept-pages-shared.js";
import { pageCache } from "./page-cache.js";

/**
 * A cluster in memory: the primary's side of kept-pages-shared.js and workers
 * whose messages travel as node:cluster's "advanced" serialization makes them
 * (a structured clone: a Buffer arrives as a Uint8Array), a turn later.
 */
function memoryCluster(options: { waitMs?: number; now?: () => number } = {}) {
  const cluster = new EventEmitter();
  shareKeptPages(cluster, options);
  let ids = 0;
  function worker() {
    const id = ++ids;
    const channel = new EventEmitter() as EventEmitter & { send: (message: unknown) => void; connected: boolean };
    channel.connected = true;
    let received = 0;
    const handle = {
      id,
      isConnected: () => channel.connected,
      send: (message: unknown) => {
        // As node:cluster: sending to a worker that is gone is an error event, and nobody listens for one in the primary.
        if (!channel.connected) throw new Error("sent to a worker that is gone");
        received += 1;
        setImmediate(() => channel.emit("message", structuredClone(message)));
      },
    };
    channel.send = (message) => setImmediate(() => cluster.emit("message", handle, structuredClone(message)));
    return {
      id,
      shared: keptPagesOfOtherWorkers(channel, { waitMs: options.waitMs })!,
      received: () => received,
      disconnect: () => (channel.connected = false),
      exit: () => cluster.emit("exit", handle),
    };
  }
  return { worker };
}

const page = (text: string, storedAt: number) => ({ status: 200, headers: [["content-type", "text/html; charset=utf-8"]] as [string, string][], body: Buffer.from(text), storedAt, freshMs: 5_000, staleMs: 60_000 });
const settledSoon = <T>(promise: Promise<T>, ms = 50) => Promise.race([promise.then((value) => ({ value })), new Promise<"waiting">((resolve) => setTimeout(() => resolve("waiting"), ms))]);

describe("kept pages shared between workers", () => {
  it("has the first worker to ask render the page, the others wait for it and get it byte for byte", async () => {
    let clock = 1_000_000;
    const { worker } = memoryCluster({ now: () => clock });
    const [a, b, c] = [worker(), worker(), worker()];
    expect(await a.shared.ask("/zh/courses")).toBeNull();
    const waitingB = b.shared.ask("/zh/courses");
    const waitingC = c.shared.ask("/zh/courses");
    expect(await settledSoon(waitingB)).toBe("waiting");
    a.shared.keep("/zh/courses", page("<p>rendered by a</p>", clock));
    for (const waiting of [waitingB, waitingC]) {
      const got = await waiting;
      expect(Buffer.isBuffer(got?.body)).toBe(true);
      expect(got?.body.toString()).toBe("<p>rendered by a</p>");
      expect(got?.headers).toEqual([["content-type", "text/html; charset=utf-8"]]);
    }
    // Fresh: answered at once; past its fresh seconds: the asker renders it anew.
    expect((await b.shared.ask("/zh/courses"))?.body.toString()).toBe("<p>rendered by a</p>");
    clock += 5_000;
    expect(await b.shared.ask("/zh/courses")).toBeNull();
    // Another key is another page.
    expect(await c.shared.ask("/en/courses")).toBeNull();
  });

  it("lets the waiting workers render when the rendering ends without a page, its worker dies, or it takes too long", async () => {
    const { worker } = memoryCluster({ waitMs: 200 });
    const [a, b] = [worker(), worker()];

    expect(await a.shared.ask("/private")).toBeNull();
    const afterAbandon = b.shared.ask("/private");
    expect(await settledSoon(afterAbandon)).toBe("waiting");
    a.shared.abandon("/private");
    expect(await afterAbandon).toBeNull();

    expect(await a.shared.ask("/crash")).toBeNull();
    const afterExit = b.shared.ask("/crash");
    expect(await settledSoon(afterExit)).toBe("waiting");
    a.exit();
    expect(await afterExit).toBeNull();

    expect(await a.shared.ask("/slow")).toBeNull();
    const started = Date.now();
    expect(await b.shared.ask("/slow")).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it("answers no worker that is gone, whether it died while waiting or is still on its way out", async () => {
    const { worker } = memoryCluster();
    const [a, b, c] = [worker(), worker(), worker()];
    expect(await a.shared.ask("/zh/courses")).toBeNull();
    void b.shared.ask("/zh/courses");
    void c.shared.ask("/zh/courses");
    await settledSoon(new Promise(() => {}), 20);
    b.disconnect();
    b.exit();
    c.disconnect();
    const [receivedB, receivedC] = [b.received(), c.received()];
    a.shared.keep("/zh/courses", page("<p>rendered by a</p>", Date.now()));
    await settledSoon(new Promise(() => {}), 20);
    expect([b.received(), c.received()]).toEqual([receivedB, receivedC]);
    // The primary is still there for the others.
    expect((await worker().shared.ask("/zh/courses"))?.body.toString()).toBe("<p>rendered by a</p>");
  });

  it("is nobody to ask outside a cluster, or once the primary is gone", async () => {
    expect(keptPagesOfOtherWorkers({ on: () => undefined })).toBeNull();
    const gone = keptPagesOfOtherWorkers({ on: () => undefined, send: () => undefined, connected: false })!;
    expect(await gone.ask("/zh")).toBeNull();
    // Closed while sending: node reports it to the callback.
    const closing = keptPagesOfOtherWorkers({ on: () => undefined, send: (_message, callback) => process.nextTick(callback, new Error("channel closed")) })!;
    expect(await closing.ask("/zh")).toBeNull();
  });
});

describe("page caches of two workers, sharing", () => {
  const servers: http.Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  /** One worker: a page cache in front of an app that renders "render N by <name>". */
  async function workerServer(name: string, shared: ReturnType<typeof keptPagesOfOtherWorkers>) {
    const cache = pageCache({ otherWorkers: shared });
    const app = express();
    let renders = 0;
    // As the server's security headers: a policy naming a nonce of this response's own, which the page's scripts carry.
    app.use((_req, res, next) => {
      res.locals.nonce = randomUUID();
      res.set("Content-Security-Policy", `script-src 'nonce-${res.locals.nonce}'`);
      next();
    });
    app.use(cache.middleware);
    app.get("*", (req, res) => {
      renders += 1;
      res.set("Content-Type", "text/html; charset=utf-8");
      res.set("Cache-Control", req.query.private ? "private, no-store" : "public, max-age=0, s-maxage=5");
      res.send(`<p>render ${renders} by ${name}</p><script nonce="${res.locals.nonce}"></script>`);
    });
    const server = http.createServer((req, res) => cache.answerFromMemory(req, res) || app(req, res));
    servers.push(server);
    server.listen(0);
    await new Promise((resolve) => server.once("listening", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const get = async (path: string) => {
      const response = await fetch(`${url}${path}`);
      const text = await response.text();
      // The one policy it carries is the one its scripts were written for.
      expect(response.headers.get("content-security-policy")).toBe(`script-src 'nonce-${/nonce="([^"]+)"/.exec(text)?.[1]}'`);
      return { text, cache: response.headers.get("x-cache") };
    };
    return { get, url, renders: () => renders };
  }

  it("renders a page once for both, and each keeps it", async () => {
    const { worker } = memoryCluster();
    const a = await workerServer("a", worker().shared);
    const b = await workerServer("b", worker().shared);
    const first = await Promise.all([a.get("/zh/courses"), b.get("/zh/courses"), a.get("/zh/courses"), b.get("/zh/courses")]);
    expect(new Set(first.map((reply) => reply.text)).size).toBe(1);
    expect(a.renders() + b.renders()).toBe(1);
    expect(first.filter((reply) => reply.cache === "MISS")).toHaveLength(1);
    // Both now answer it from their own memory.
    expect(await b.get("/zh/courses")).toEqual({ text: first[0]!.text, cache: "HIT" });
    expect(await a.get("/zh/courses")).toEqual({ text: first[0]!.text, cache: "HIT" });
  });

  it("lets the next visitor render at once when the one before left while the other workers were asked", async () => {
    // Another worker that takes a while to say it has nothing.
    const slow = { ask: () => new Promise<null>((resolve) => setTimeout(() => resolve(null), 150)), keep: () => {}, abandon: () => {} };
    const a = await workerServer("a", slow);
    const leaving = new AbortController();
    const left = fetch(`${a.url}/zh/courses`, { signal: leaving.signal }).catch(() => "left");
    setTimeout(() => leaving.abort(), 30);
    expect(await left).toBe("left");
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    expect((await a.get("/zh/courses")).cache).toBe("MISS");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("renders a page it may not keep in each worker, the second as soon as the first turned out not keepable", async () => {
    const { worker } = memoryCluster();
    const a = await workerServer("a", worker().shared);
    const b = await workerServer("b", worker().shared);
    const started = Date.now();
    const replies = await Promise.all([a.get("/account?private=1"), b.get("/account?private=1")]);
    expect(replies.map((reply) => reply.text.replace(/<script.*/, "")).sort()).toEqual(["<p>render 1 by a</p>", "<p>render 1 by b</p>"]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
