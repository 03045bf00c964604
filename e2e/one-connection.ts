// Plain requests over one kept-alive connection, so they reach the same
// server worker (each worker keeps its own pages in its page cache).
import http from "node:http";

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function oneConnection(baseURL: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (path: string, headers: Record<string, string> = {}) =>
    new Promise<Reply>((resolve, reject) => {
      http
        .get(new URL(path, baseURL), { agent, headers }, (response) => {
          let body = "";
          response.setEncoding("utf8");
          response.on("data", (chunk: string) => (body += chunk));
          response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
        })
        .on("error", reject);
    });
  return { get, close: () => agent.destroy() };
}
