// URLs no page of ours has, refused before the page cache, Express or Remix
// look at them (decision 0015). Remix matches a path against every route once
// per ancestor path (route discovery, both when rendering a page and for
// `/__manifest?p=…` requests), and the catch-all route renders any URL as a
// page, so an absurdly deep or long URL cost seconds of CPU.

/**
 * Node's own 16 KB header limit stops longer request lines anyway; said here
 * so the rule does not depend on it. A long query costs only its length
 * (searches keep their first 100 characters); route discovery has Remix's own
 * 7,680-character limit.
 */
export const MAX_URL_LENGTH = 16_384;
/** The longest route path is under 100 characters; percent-encoded Chinese slugs and search words fit many times over. */
export const MAX_PATH_LENGTH = 1024;
/** The deepest route has 7 segments. */
export const MAX_PATH_SEGMENTS = 16;
/** No page reads more than a handful of query parameters. */
export const MAX_QUERY_PARAMETERS = 100;
/** Distinct ancestor paths one route-discovery request may ask Remix to match (each costs about a millisecond). */
export const MAX_DISCOVERY_PATHS = 200;

const MANIFEST_PATH = "/__manifest";

/**
 * Why a request URL is refused, or null when it may go on.
 * @param {string} url the request target (`req.url`: path and query)
 * @returns {null | { status: 404 | 414, kind: "notFound" | "uriTooLong" }}
 */
export function urlRefusal(url) {
  if (url.length > MAX_URL_LENGTH) return TOO_LONG;
  const queryStart = url.indexOf("?");
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = queryStart === -1 ? "" : url.slice(queryStart + 1);
  const pathProblem = pathRefusal(path);
  if (pathProblem) return pathProblem;
  if (path === MANIFEST_PATH) return discoveryRefusal(query);
  if (count(query, "&") + 1 > MAX_QUERY_PARAMETERS) return TOO_LONG;
  return null;
}

const TOO_LONG = /** @type {const} */ ({ status: 414, kind: "uriTooLong" });
const NOT_FOUND = /** @type {const} */ ({ status: 404, kind: "notFound" });

/** @param {string} path */
function pathRefusal(path) {
  if (path.length > MAX_PATH_LENGTH) return TOO_LONG;
  if (count(path, "/") > MAX_PATH_SEGMENTS) return NOT_FOUND;
  return null;
}

/**
 * A route-discovery request names the paths of the links on a page (`p`);
 * Remix matches each of them and every ancestor of each. Each path must be
 * one a page could link to, and the distinct paths to match are capped.
 * @param {string} query
 */
function discoveryRefusal(query) {
  const ancestors = new Set();
  for (const [name, value] of new URLSearchParams(query)) {
    if (name !== "p") continue;
    const problem = pathRefusal(value);
    if (problem) return problem;
    const segments = value.replace(/^\/?/, "/").split("/");
    for (let end = 2; end <= segments.length; end += 1) ancestors.add(segments.slice(0, end).join("/"));
    if (ancestors.size > MAX_DISCOVERY_PATHS) return TOO_LONG;
  }
  return null;
}

/** @param {string} text @param {string} character */
function count(text, character) {
  let found = 0;
  for (let at = text.indexOf(character); at !== -1; at = text.indexOf(character, at + 1)) found += 1;
  return found;
}
