import type { Language } from "~/platform/i18n/languages";

const BASE = "http://same-site.invalid";

/**
 * Only a path on this site; anything else falls back to the language's home
 * page. The target is normalized the way a browser will read it (dot
 * segments resolved, `%2e` counted as a dot), and the result must still be a
 * single-slash path on this origin: `/.//evil.example` normalizes to
 * `//evil.example`, which a browser would open as another site. Refused
 * outright: control characters (browsers drop tabs and newlines, so
 * `/\t/evil` would become `//evil`), backslashes (read as slashes), and
 * encoded slashes or backslashes in the path, which no page of ours has.
 */
export function safeRedirect(target: unknown, language: Language): string {
  const fallback = `/${language}`;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (typeof target !== "string" || !target.startsWith("/") || /[\x00-\x1f\x7f\\]/.test(target)) return fallback;
  try {
    const url = new URL(target, BASE);
    if (url.origin !== BASE || /%(2f|5c)/i.test(url.pathname)) return fallback;
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (!path.startsWith("/") || path.startsWith("//") || new URL(path, BASE).origin !== BASE) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
