import express from "express";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address.js";

/** Asks an Express app with `trust proxy` 1 for req.ip and compares it with clientAddress. */
async function bothAddresses(forwardedFor: string | undefined, trustProxy: boolean) {
  const app = express();
  app.set("trust proxy", trustProxy ? 1 : false);
  app.get("/", (req, res) => res.json({ express: req.ip, ours: clientAddress(req, trustProxy) }));
  const server = app.listen(0);
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    const headers: Record<string, string> = forwardedFor ? { "x-forwarded-for": forwardedFor } : {};
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers });
    return (await response.json()) as { express: string; ours: string };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe("client address", () => {
  it.each([
    [undefined, false],
    ["203.0.113.7", false],
    [undefined, true],
    ["203.0.113.7", true],
    ["198.51.100.1, 203.0.113.7", true],
  ])("matches Express's req.ip for X-Forwarded-For %j (trust proxy: %s)", async (forwardedFor, trustProxy) => {
    const { express: expected, ours } = await bothAddresses(forwardedFor, trustProxy);
    expect(ours).toBe(expected);
  });

  it("is the proxy's view of the client, not what the client claims first", () => {
    const req = { socket: { remoteAddress: "10.0.0.2" }, headers: { "x-forwarded-for": "1.2.3.4, 203.0.113.7" } } as unknown as http.IncomingMessage;
    expect(clientAddress(req, true)).toBe("203.0.113.7");
    expect(clientAddress(req, false)).toBe("10.0.0.2");
  });
});
