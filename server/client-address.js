/**
 * The client's address for the request log: the socket's peer, or behind one
 * reverse proxy (TRUST_PROXY=1) the address that proxy saw, the last
 * X-Forwarded-For entry — what Express's req.ip gives with `trust proxy` 1.
 * @param {import("node:http").IncomingMessage} req
 * @param {boolean} [trustProxy]
 */
export function clientAddress(req, trustProxy = process.env.TRUST_PROXY === "1") {
  const peer = req.socket.remoteAddress ?? "unknown";
  if (!trustProxy) return peer;
  const forwarded = String(req.headers["x-forwarded-for"] ?? "")
    .split(",")
    .map((address) => address.trim())
    .filter(Boolean);
  return forwarded.at(-1) ?? peer;
}
