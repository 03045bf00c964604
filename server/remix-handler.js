// The Remix request handler for Express, as @remix-run/express builds it,
// except that a body already read (a form, buffered by form-limits.js to
// count its fields) is handed to Remix from memory instead of the socket.
// The adapter's package exports only its finished handler; its two building
// blocks are taken from the module that defines them (the version is pinned).
import { createRemixRequest, sendRemixResponse } from "@remix-run/express/dist/server.js";
import { createRequestHandler } from "@remix-run/node";
import { inTurn } from "./pages-in-turn.js";

/**
 * @param {{ build: import("@remix-run/node").ServerBuild, getLoadContext: (req: import("express").Request, res: import("express").Response) => import("@remix-run/node").AppLoadContext }} options
 * @returns {import("express").RequestHandler}
 */
export function remixHandler({ build, getLoadContext }) {
  const handleRequest = createRequestHandler(build, "production");
  return async (req, res, next) => {
    try {
      let request = createRemixRequest(req, res);
      if (Buffer.isBuffer(req.body)) request = new Request(request, { body: req.body });
      const response = await inTurn(req, () => handleRequest(request, getLoadContext(req, res)));
      // null: the client left while the request waited its turn; nobody to answer.
      if (response) await sendRemixResponse(res, response);
    } catch (error) {
      next(error);
    }
  };
}
