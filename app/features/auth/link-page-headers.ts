import type { HeadersFunction } from "@remix-run/node";

/**
 * Pages opened by a mailed link carry its secret token in their URL: never
 * stored by a cache, never sent on as a Referer.
 */
export const LINK_PAGE_HEADERS = { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } as const;

export const linkPageHeaders: HeadersFunction = () => LINK_PAGE_HEADERS;
