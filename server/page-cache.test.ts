import compression from "compression";
import express from "express";
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { pageCache, preferredEncoding } from "./page-cache.js";

const PUBLIC = "public, max-age=0, s-maxage=5, stale-while-revalidate=60";

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** What server/worker.js puts on a signed-in page request once it has worked out the person's state. */
type PersonalRequest = http.IncomingMessage & { personalPage?: { hash: string; state: string } | null };
const SESSION_A = "__session=learner-a";
const SESSION_B = "__session=learner-b";
const KEEP_FOR_STATE = "s-maxage=5, stale-while-revalidate=60";

/** A test app behind the page cache: each render answers "render N" with the headers the query asks for. */
async function startApp({ waitForRenderMs = 2_000 } = {}) {
  let clock = 1_000_000;
  let renders = 0;
  let arrivals = 0;
  let gate: Promise<void> | null = null;
  const app = express();
  app.use((_req, _res, next) => {
    arrivals += 1;
    next();
  });
  const cache = pageCache({ now: () => clock, waitForRenderMs });
  /** Event streams still open (`?stream=1`). */
  const streams: express.Response[] = [];
  // As in the server: compression first, so the cache sees what the app writes.
  app.use(compression({ threshold: 0 }));
  app.use(cache.middleware);
  app.all("*", async (req, res) => {
    renders += 1;
    const number = renders;
    if (gate) await gate;
    const query = req.query as Record<string, string | undefined>;
    if (query.stream) {
      // A live-update stream: never kept, never ends by itself.
      res.set("Content-Type", "text/event-stream");
      res.set("Cache-Control", "no-store");
      // As the Remix adapter does for an event stream: headers out before the first event.
      res.flushHeaders();
      res.write("retry: 2000\n\n");
      streams.push(res);
      return;
    }
    res.status(Number(query.status ?? 200));
    res.set("Content-Type", "text/html; charset=utf-8");
    res.set("X-Frame-Options", "DENY");
    const personal = (req as unknown as PersonalRequest).personalPage;
    if (personal) {
      // As the app marks a page rendered for a personal state (unless the test says it does not).
      res.set("Cache-Control", "private, no-cache");
      if (!query.unmarked) res.set("X-Kept-For-Personal-State", KEEP_FOR_STATE);
    } else {
      res.set("Cache-Control", query.cc ?? PUBLIC);
      res.append("Vary", query.vary ?? "Cookie");
    }
    if (query.cookie) res.append("Set-Cookie", `${query.cookie}=1; Path=/`);
    // Written in two pieces, as a streamed render is.
    res.write(`<p>render ${number}${personal ? ` for ${personal.state}` : ""} `);
    res.end(`${"x".repeat(2_000)}</p>`);
  });
  // As in the server: kept pages are answered before Express sees the request; a signed-in
  // page request first gets its personal state (here: the one the x-test-state header names).
  const server = http.createServer((req: PersonalRequest, res) => {
    if (cache.answerFromMemory(req, res)) return;
    if (cache.mayKeepPersonalPage(req)) {
      const state = req.headers["x-test-state"];
      req.personalPage = typeof state === "string" ? { hash: `hash of ${state}`, state } : null;
      if (req.personalPage && cache.answerFromMemory(req, res)) return;
    }
    app(req, res);
  });
  server.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  const port = (server.address() as AddressInfo).port;

  function get(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Reply> {
    return new Promise((resolve, reject) => {
      http
        .request({ port, path, method, headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject)
        .end();
    });
  }

  /** Resolves with the status once the response's headers have arrived (for streams that do not end). */
  function open(path: string): Promise<number> {
    return new Promise((resolve, reject) => {
      http
        .get({ port, path }, (response) => resolve(response.statusCode ?? 0))
        .on("error", reject);
    });
  }

  return {
    get,
    open,
    endStreams: () => streams.forEach((stream) => stream.end()),
    text: async (path: string, headers: Record<string, string> = {}) => (await get(path, headers)).body.toString(),
    renders: () => renders,
    arrivals: () => arrivals,
    advance(ms: number) {
      clock += ms;
    },
    /** Holds every render until the returned function is called. */
    holdRenders() {
      let release!: () => void;
      gate = new Promise((resolve) => (release = resolve));
      return () => {
        gate = null;
        release();
      };
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

let app: Awaited<ReturnType<typeof startApp>>;
afterEach(async () => {
  await app?.close();
});

async function until(condition: () => boolean) {
  for (let tries = 0; !condition(); tries++) {
    if (tries > 200) throw new Error("condition never held");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe("page cache", () => {
  it("answers a public page from memory for its fresh seconds, byte for byte", async () => {
    app = await startApp();
    const first = await app.get("/zh/courses");
    const second = await app.get("/zh/courses");
    expect(first.headers["x-cache"]).toBe("MISS");
    expect(second.headers["x-cache"]).toBe("HIT");
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(second.headers["cache-control"]).toBe(PUBLIC);
    expect(second.headers.vary).toContain("Cookie");
    expect(second.headers["x-frame-options"]).toBe("DENY");
    expect(app.renders()).toBe(1);
    // Answered in front of the app: it never saw the second request.
    expect(app.arrivals()).toBe(1);

    app.advance(4_000);
    const later = await app.get("/zh/courses");
    expect(later.headers["x-cache"]).toBe("HIT");
    expect(later.headers.age).toBe("4");
    expect(app.renders()).toBe(1);
  });

  it("keeps what the app wrote, not what compression made of it", async () => {
    app = await startApp();
    const compressed = await app.get("/zh/courses", { "accept-encoding": "gzip" });
    expect(compressed.headers["content-encoding"]).toBe("gzip");
    const plain = await app.get("/zh/courses");
    expect(plain.headers["x-cache"]).toBe("HIT");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.equals(zlib.gunzipSync(compressed.body))).toBe(true);
  });

  it("never answers or keeps a request that carries a session cookie", async () => {
    app = await startApp();
    await app.get("/zh/courses");
    const signedIn = await app.get("/zh/courses", { cookie: "__session=abc; lng=zh" });
    expect(signedIn.headers["x-cache"]).toBeUndefined();
    expect(signedIn.body.toString()).toContain("render 2");
    await app.get("/zh/courses", { cookie: "__session=abc" });
    expect(app.renders()).toBe(3);
  });

  it("keys pages by the remembered-language cookie and the whole URL", async () => {
    app = await startApp();
    expect(await app.text("/zh/courses")).toContain("render 1");
    expect(await app.text("/zh/courses", { cookie: "lng=en" })).toContain("render 2");
    expect(await app.text("/zh/courses", { cookie: "lng=en" })).toContain("render 2");
    expect(await app.text("/zh/courses?category=toys")).toContain("render 3");
    expect(await app.text("/en/courses")).toContain("render 4");
    expect(await app.text("/zh/courses")).toContain("render 1");
  });

  it.each([
    ["a private response", "/p?cc=private,s-maxage=5"],
    ["a response without s-maxage", "/p?cc=public,max-age=60"],
    ["a no-store response", "/p?cc=public,s-maxage=5,no-store"],
    ["a response that is not 200", "/p?status=404"],
    ["a response that sets a session cookie", "/p?cookie=__session"],
    ["a response that varies on a header not in the key", "/p?vary=Accept-Language"],
  ])("does not keep %s", async (_case, path) => {
    app = await startApp();
    await app.get(path);
    const again = await app.get(path);
    expect(again.headers["x-cache"]).toBe("MISS");
    expect(app.renders()).toBe(2);
  });

  it("keeps a page that only sets the language cookie, with that cookie", async () => {
    app = await startApp();
    await app.get("/zh?cookie=lng");
    const again = await app.get("/zh?cookie=lng");
    expect(again.headers["x-cache"]).toBe("HIT");
    expect(again.headers["set-cookie"]).toEqual(["lng=1; Path=/"]);
  });

  it("lets writes and other methods through", async () => {
    app = await startApp();
    await app.get("/zh/courses");
    const posted = await app.get("/zh/courses", {}, "POST");
    expect(posted.headers["x-cache"]).toBeUndefined();
    expect(app.renders()).toBe(2);
  });

  it("when stale, lets one request render while the others get the kept copy", async () => {
    app = await startApp();
    await app.get("/zh/courses");
    app.advance(6_000);
    const release = app.holdRenders();
    const refreshing = app.get("/zh/courses");
    await until(() => app.renders() === 2);
    const meanwhile = await app.get("/zh/courses");
    expect(meanwhile.headers["x-cache"]).toBe("STALE");
    expect(meanwhile.body.toString()).toContain("render 1");
    release();
    const refreshed = await refreshing;
    expect(refreshed.headers["x-cache"]).toBe("MISS");
    expect(refreshed.body.toString()).toContain("render 2");
    const after = await app.get("/zh/courses");
    expect(after.headers["x-cache"]).toBe("HIT");
    expect(after.body.toString()).toContain("render 2");
    expect(app.renders()).toBe(2);
  });

  it("renders afresh once past the stale window", async () => {
    app = await startApp();
    await app.get("/zh/courses");
    app.advance(65_000);
    const reply = await app.get("/zh/courses");
    expect(reply.headers["x-cache"]).toBe("MISS");
    expect(reply.body.toString()).toContain("render 2");
  });

  it("makes the first visitors to an uncached page wait for one render", async () => {
    app = await startApp();
    const release = app.holdRenders();
    const replies = Array.from({ length: 5 }, () => app.get("/zh/courses"));
    await until(() => app.arrivals() === 5);
    release();
    const states = (await Promise.all(replies)).map((reply) => reply.headers["x-cache"]);
    expect(states.sort()).toEqual(["HIT", "HIT", "HIT", "HIT", "MISS"]);
    expect(app.renders()).toBe(1);
  });

  it("lets visitors through at once when the render turns out not keepable, as an event stream that never ends", async () => {
    // With a wait as long as the test's own time limit, a visitor held back for that render fails the test.
    app = await startApp({ waitForRenderMs: 60_000 });
    const statuses = [];
    for (let viewer = 0; viewer < 5; viewer++) statuses.push(await app.open("/zh/live/one/events?stream=1"));
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    expect(app.renders()).toBe(5);
    app.endStreams();
    // A keepable page after them is kept as before.
    expect((await app.get("/zh/courses")).headers["x-cache"]).toBe("MISS");
    expect((await app.get("/zh/courses")).headers["x-cache"]).toBe("HIT");
  });

  it("sends the kept page compressed as the client accepts, and 304 when it already has it", async () => {
    app = await startApp();
    const original = (await app.get("/zh/courses")).body;
    const brotli = await app.get("/zh/courses", { "accept-encoding": "gzip, deflate, br" });
    expect(brotli.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(brotli.body).equals(original)).toBe(true);
    const gzip = await app.get("/zh/courses", { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gzip.body).equals(original)).toBe(true);
    expect(gzip.headers.vary).toMatch(/Accept-Encoding/);

    const unchanged = await app.get("/zh/courses", { "accept-encoding": "gzip", "if-none-match": String(gzip.headers.etag) });
    expect(unchanged.status).toBe(304);
    expect(app.renders()).toBe(1);
  });
});

describe("page cache, signed-in pages kept per personal state", () => {
  const page = (session: string, state?: string, extra: Record<string, string> = {}) => ({
    accept: "text/html",
    cookie: `${session}; lng=zh`,
    ...(state ? { "x-test-state": state } : {}),
    ...extra,
  });

  it("hands the page rendered for one learner to another in the same state, and only to them", async () => {
    app = await startApp();
    const first = await app.get("/zh/courses/toys", page(SESSION_A, "not started"));
    const same = await app.get("/zh/courses/toys", page(SESSION_B, "not started"));
    expect(same.body.equals(first.body)).toBe(true);
    expect(same.body.toString()).toContain("render 1 for not started");
    expect(same.headers["cache-control"]).toBe("private, no-cache");
    expect(app.arrivals()).toBe(1);

    const other = await app.get("/zh/courses/toys", page(SESSION_B, "module 1 done"));
    expect(other.body.toString()).toContain("render 2 for module 1 done");
    expect(app.renders()).toBe(2);
  });

  it("never tells that a page was kept, nor lets the app's keep header out", async () => {
    app = await startApp();
    const rendered = await app.get("/zh/courses/toys", page(SESSION_A, "not started"));
    const kept = await app.get("/zh/courses/toys", page(SESSION_B, "not started"));
    expect(kept.body.equals(rendered.body)).toBe(true);
    for (const reply of [rendered, kept]) {
      expect(reply.headers["x-kept-for-personal-state"]).toBeUndefined();
      expect(reply.headers["x-cache"]).toBeUndefined();
      expect(reply.headers.age).toBeUndefined();
    }
  });

  it("keeps a signed-in page only when the app marked it for its personal state", async () => {
    app = await startApp();
    await app.get("/zh/courses/toys?unmarked=1", page(SESSION_A, "not started"));
    const again = await app.get("/zh/courses/toys?unmarked=1", page(SESSION_A, "not started"));
    expect(again.body.toString()).toContain("render 2 for not started");
    expect(app.renders()).toBe(2);
  });

  it("keeps anonymous and signed-in pages apart", async () => {
    app = await startApp();
    await app.get("/zh/courses/toys", { accept: "text/html", cookie: "lng=zh" });
    const signedIn = await app.get("/zh/courses/toys", page(SESSION_A, "not started"));
    expect(signedIn.body.toString()).toContain("render 2 for not started");
    const anonymous = await app.get("/zh/courses/toys", { accept: "text/html", cookie: "lng=zh" });
    expect(anonymous.headers["x-cache"]).toBe("HIT");
    expect(anonymous.body.toString()).toContain("render 1 ");
    expect(anonymous.body.toString()).not.toContain(" for ");
  });

  it("works out a personal state only for page loads with the login cookie and shareable cookies beside it", async () => {
    app = await startApp();
    // A cookie of another kind (a form's flash message, say): the page is rendered for this request alone.
    await app.get("/zh/courses/toys", page(SESSION_A, "not started", { cookie: `${SESSION_A}; flash=saved` }));
    const flashed = await app.get("/zh/courses/toys", page(SESSION_A, "not started", { cookie: `${SESSION_A}; flash=saved` }));
    expect(flashed.headers["x-cache"]).toBeUndefined();
    // Not a page load (page data, a file): never.
    await app.get("/zh/courses/toys.data", page(SESSION_A, "not started", { accept: "*/*" }));
    const data = await app.get("/zh/courses/toys.data", page(SESSION_A, "not started", { accept: "*/*" }));
    expect(data.headers["x-cache"]).toBeUndefined();
    // The app found no state (not such a page, nobody signed in): rendered for the request alone.
    await app.get("/zh/account", page(SESSION_A));
    const account = await app.get("/zh/account", page(SESSION_A));
    expect(account.headers["x-cache"]).toBeUndefined();
    expect(app.renders()).toBe(6);
  });
});

describe("preferred encoding", () => {
  it.each([
    ["gzip, deflate, br, zstd", "br"],
    ["gzip, deflate", "gzip"],
    ["br;q=0, gzip;q=0.5", "gzip"],
    ["GZIP", "gzip"],
    ["deflate", "identity"],
    ["", "identity"],
    [undefined, "identity"],
  ])("%j → %s", (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});
