import type { AppLoadContext, EntryContext } from "@remix-run/node";

/**
 * Pages that every visitor who is not signed in sees alike (the catalog, a
 * module, a webinar page…) say so in their route module:
 * `export const handle: PublicPageHandle = { publicPage: true }`.
 */
export type PublicPageHandle = { publicPage?: boolean };

/** How long the server's page cache may answer such a page from memory (decision 0013). */
export const PUBLIC_PAGE_FRESH_SECONDS = 5;
/** After that, how long the kept copy may still go to others while one request renders the page afresh. */
export const PUBLIC_PAGE_STALE_SECONDS = 60;

/**
 * Marks a rendered page storable by a shared cache when the deepest matched
 * route is a public page and nobody is signed in. `Vary: Cookie` keeps any
 * cache from handing it to a request with other cookies (a session).
 */
export function markPublicPage(headers: Headers, status: number, context: EntryContext): void {
  if (status !== 200 || headers.has("Cache-Control")) return;
  const { matches, loaderData } = context.staticHandlerContext;
  const deepest = matches.at(-1);
  const handle = deepest && (context.routeModules[deepest.route.id]?.handle as PublicPageHandle | undefined);
  const signedIn = Boolean((loaderData.root as { user?: unknown } | undefined)?.user);
  if (!handle?.publicPage || signedIn) return;
  headers.set("Cache-Control", `public, max-age=0, s-maxage=${PUBLIC_PAGE_FRESH_SECONDS}, stale-while-revalidate=${PUBLIC_PAGE_STALE_SECONDS}`);
  headers.append("Vary", "Cookie");
}

/**
 * The response header by which a signed-in page rendered for a personal state
 * the server worked out in front of the app (decision 0038) tells the server's
 * page cache how long it may keep it for learners in that same state. The
 * cache takes it off before the page goes out; browsers get `private, no-cache`.
 */
export const KEPT_PERSONAL_PAGE_HEADER = "X-Kept-For-Personal-State";

/**
 * Marks a page rendered for a personal state as keepable by the server for
 * that state, and for nobody else — only when the page is the one the state
 * was worked out for.
 */
export function markPersonalPage(headers: Headers, status: number, context: EntryContext, loadContext: AppLoadContext): void {
  const state = loadContext.personalState;
  if (status !== 200 || !state || headers.has("Cache-Control")) return;
  if (context.staticHandlerContext.matches.at(-1)?.route.id !== state.route) return;
  headers.set("Cache-Control", "private, no-cache");
  headers.set(KEPT_PERSONAL_PAGE_HEADER, `s-maxage=${PUBLIC_PAGE_FRESH_SECONDS}, stale-while-revalidate=${PUBLIC_PAGE_STALE_SECONDS}`);
}
