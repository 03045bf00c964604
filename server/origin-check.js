// Cross-site request forgery defence for every state-changing request:
// a browser always sends Origin (or Sec-Fetch-Site) with a cross-site POST,
// so a request that names another origin is refused. Together with
// SameSite=Lax session cookies this blocks forged form posts.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * @param {{ method: string, host: string | undefined, origin: string | undefined, fetchSite: string | undefined }} request
 * @returns {boolean} whether the request may proceed
 */
export function isSameOriginOrSafe({ method, host, origin, fetchSite }) {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  if (fetchSite === "cross-site") return false;
  if (!origin) return fetchSite !== "same-site";
  if (origin === "null") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
