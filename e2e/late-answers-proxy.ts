import http from "node:http";
import type { AddressInfo } from "node:net";

type Options = {
  /** How long the chosen answers wait before they are passed on. */
  delayMs: number;
  /** Which requests get a late answer; every other one passes straight through. */
  late: (method: string, path: string) => boolean;
};

/**
 * A proxy in front of the app for answers that arrive late and end late, as
 * on a venue's crowded Wi-Fi. A test opens the app through it (its own
 * origin, so cookies and the same-origin checks work as they do on the real
 * site). The answers `late` picks are passed on after `delayMs`, every byte
 * at once, but their end is held back until the proxy is closed, so the
 * browser may cut one off while it is still arriving. `cutOff` counts the
 * answers the browser gave up on before their end came.
 */
export async function startLateAnswersProxy(target: string, { delayMs, late }: Options) {
  const held = new Set<http.ServerResponse>();
  let cutOff = 0;
  const server = http.createServer((request, response) => {
    const method = request.method ?? "GET";
    const path = request.url ?? "/";
    const upstream = http.request(new URL(path, target), { method, headers: request.headers }, (answer) => {
      if (!late(method, new URL(path, target).pathname)) {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        return;
      }
      const headers = { ...answer.headers };
      delete headers["content-length"];
      const chunks: Buffer[] = [];
      answer.on("data", (chunk: Buffer) => chunks.push(chunk));
      answer.on("end", () => {
        setTimeout(() => {
          if (response.destroyed) return;
          response.writeHead(answer.statusCode ?? 502, headers);
          for (const chunk of chunks) response.write(chunk);
          held.add(response);
          response.on("close", () => {
            if (held.delete(response)) cutOff += 1;
          });
        }, delayMs);
      });
    });
    upstream.on("error", () => response.destroy());
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get cutOff() {
      return cutOff;
    },
    async close() {
      for (const response of [...held]) {
        held.delete(response);
        response.end();
      }
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
