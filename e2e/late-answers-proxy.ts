import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * For a request the proxy should slow down: how long its answer waits before
 * it is passed on (`"untilClosed"`: it never is). Undefined passes the answer
 * straight through.
 */
type Lateness = (method: string, path: string) => number | "untilClosed" | undefined;

/**
 * A proxy in front of the app for answers that arrive late and end late, as
 * on a venue's crowded Wi-Fi. A test opens the app through it (its own
 * origin, so cookies and the same-origin checks work as on the real site).
 * An answer `lateness` picks is passed on after its delay, every byte at
 * once, but its end is held back until the proxy is closed, so the browser
 * may cut it off while it is still arriving. `cutOff` counts the answers the
 * browser gave up on after their first bytes and before their end.
 */
export async function startLateAnswersProxy(target: string, lateness: Lateness) {
  const held = new Set<http.ServerResponse>();
  const timers = new Set<NodeJS.Timeout>();
  let cutOff = 0;

  const passOnWithoutEnd = (response: http.ServerResponse, answer: http.IncomingMessage, body: Buffer[]) => {
    if (response.destroyed) return;
    const headers = { ...answer.headers };
    delete headers["content-length"];
    response.writeHead(answer.statusCode ?? 502, headers);
    for (const chunk of body) response.write(chunk);
    held.add(response);
    response.on("close", () => {
      if (held.delete(response)) cutOff += 1;
    });
  };

  const server = http.createServer((request, response) => {
    const method = request.method ?? "GET";
    const path = request.url ?? "/";
    const delay = lateness(method, new URL(path, target).pathname);
    const upstream = http.request(new URL(path, target), { method, headers: request.headers }, (answer) => {
      answer.on("error", () => response.destroy());
      if (delay === undefined) {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        return;
      }
      const body: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => body.push(chunk));
      answer.on("end", () => {
        if (delay === "untilClosed") return;
        const timer = setTimeout(() => {
          timers.delete(timer);
          passOnWithoutEnd(response, answer, body);
        }, delay);
        timers.add(timer);
      });
    });
    upstream.on("error", () => response.destroy());
    request.on("error", () => upstream.destroy());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));

  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get cutOff() {
      return cutOff;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const response of [...held]) {
        held.delete(response);
        response.end();
      }
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
