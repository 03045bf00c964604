import type { Language } from "~/features/i18n/languages";

const BASE = "http://same-site.invalid";

/**
 * Only a path on this site; anything else falls back to the language's home
 * page. Control characters are refused because browsers strip them
 * ("/\t/evil.example" would become "//evil.example").
 */
export function safeRedirect(target: unknown, language: Language): string {
  const fallback = `/${language}`;
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (typeof target !== "string" || !target.startsWith("/") || /[\x00-\x1f\x7f\\]/.test(target)) return fallback;
  try {
    const url = new URL(target, BASE);
    if (url.origin !== BASE) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
