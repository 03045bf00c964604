// The ceiling: a bare node:http server that answers every request with the
// same bytes (and content headers) the app sent for one page. Started by
// bare-ceiling.ts: BODY_FILE, HEADERS (JSON) and PORT in the environment.
import fs from "node:fs";
import http from "node:http";

const body = fs.readFileSync(process.env.BODY_FILE);
const headers = { ...JSON.parse(process.env.HEADERS ?? "{}"), "content-length": body.length };
const server = http.createServer((_request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => console.log(`listening ${server.address().port}`));
process.on("SIGTERM", () => server.close(() => process.exit(0)));
