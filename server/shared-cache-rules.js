// The rules a shared cache follows (RFC 9111), reduced to what the page cache
// needs: which requests may be answered from it and which responses it may keep.

/**
 * Freshness a response grants a shared cache, or null when it must not be stored:
 * `public` with a positive `s-maxage`, and neither `private` nor `no-store`.
 * @param {string | undefined} cacheControl
 * @returns {{ freshMs: number, staleMs: number } | null}
 */
export function sharedFreshness(cacheControl) {
  if (!cacheControl) return null;
  const directives = directivesOf(cacheControl);
  if (!directives.has("public") || directives.has("private") || directives.has("no-store")) return null;
  return freshnessOf(directives);
}

/**
 * Freshness given by `s-maxage` and `stale-while-revalidate` alone (the
 * app's own header for a page kept per personal state), or null.
 * @param {string | undefined} value
 * @returns {{ freshMs: number, staleMs: number } | null}
 */
export function keptFreshness(value) {
  return value ? freshnessOf(directivesOf(value)) : null;
}

/** @param {string} value */
function directivesOf(value) {
  return new Map(
    value.split(",").map((part) => {
      const [name, argument] = part.trim().toLowerCase().split("=");
      return [name, argument];
    }),
  );
}

/** @param {Map<string, string | undefined>} directives */
function freshnessOf(directives) {
  const freshSeconds = Number(directives.get("s-maxage"));
  if (!Number.isInteger(freshSeconds) || freshSeconds <= 0) return null;
  const staleSeconds = Number(directives.get("stale-while-revalidate") ?? 0);
  return { freshMs: freshSeconds * 1000, staleMs: Number.isInteger(staleSeconds) && staleSeconds > 0 ? staleSeconds * 1000 : 0 };
}

/**
 * The request's cookies when every one of them is shareable (the same value
 * for many visitors, such as the remembered language), as one normalized
 * string for the cache key; null when any other cookie (a session) is present.
 * Cookies named in `leftOut` are passed over (the login cookie of a page kept
 * per personal state, whose key holds the state instead).
 * @param {string | undefined} cookieHeader
 * @param {ReadonlySet<string>} shareableNames
 * @param {ReadonlySet<string>} [leftOut]
 * @returns {string | null}
 */
export function shareableCookies(cookieHeader, shareableNames, leftOut) {
  if (!cookieHeader) return "";
  const pairs = cookieHeader
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => pair && !leftOut?.has(cookieName(pair)));
  if (!pairs.every((pair) => shareableNames.has(cookieName(pair)))) return null;
  return pairs.sort().join("; ");
}

/**
 * True when every cookie the response sets is a shareable one.
 * @param {string[]} setCookieHeaders
 * @param {ReadonlySet<string>} shareableNames
 */
export function setsOnlyShareableCookies(setCookieHeaders, shareableNames) {
  return setCookieHeaders.every((header) => shareableNames.has(cookieName(header)));
}

/** @param {string} pairOrHeader `name=value` or a whole Set-Cookie header */
function cookieName(pairOrHeader) {
  return pairOrHeader.split("=", 1)[0].trim();
}
