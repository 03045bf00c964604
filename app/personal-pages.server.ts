// Signed-in pages the server may keep per personal state (decision 0038): for
// each, the parts that page shows of the learner, worked out from the login
// session in front of the app. The one place that knows which pages these are.
import type { ServerBuild } from "@remix-run/node";
import { matchRoutes, type Params } from "@remix-run/react";
import { readLoginSession } from "~/features/auth/login-session.server";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { personalStateHash, type PersonalState } from "~/features/auth/personal-state.server";
import type { PublicUser } from "~/features/auth/user.server";
import { coursePageParts, modulePageParts, moduleQuizPageParts } from "~/features/courses/personal-parts.server";
import { requestedAttempt } from "~/features/quiz/attempts.server";
import { requireCourse, requireModule, requireModuleQuiz } from "~/features/courses/queries.server";
import { webinarPageParts } from "~/features/webinars/personal-parts.server";
import { requireWebinarForProgress } from "~/features/webinars/webinars.server";

type PartsOf = (user: PublicUser, params: Params, url: URL) => Promise<unknown>;

/** By route id: the same function the page's loader takes its personal parts from. */
const PERSONAL_PAGES: Record<string, PartsOf> = {
  "features/courses/routes/course": async (user, params) => coursePageParts(user, await requireCourse(params.slug)),
  "features/courses/routes/module": async (user, params) => {
    const course = await requireCourse(params.slug);
    return modulePageParts(user, course, requireModule(course, params.module));
  },
  "features/courses/routes/quiz": async (user, params, url) => {
    const { course, module } = await requireModuleQuiz(params.slug, params.module);
    return moduleQuizPageParts(user, course, module, requestedAttempt(url));
  },
  "features/webinars/routes/player": async (user, params) => webinarPageParts(user, await requireWebinarForProgress(params.slug)),
};

export type PersonalPage = { state: PersonalState; hash: string };

/**
 * For the production server (server/worker.js): given the app's routes, a
 * function that tells, for a page request carrying a login cookie, the
 * person's state on that page and its hash; null when the page is not one of
 * these, nobody is signed in (an ended session: the app answers and clears the
 * cookie), or the page does not exist (an unknown language, course or module:
 * the app answers that too, and no visit is recorded).
 */
export function personalPages(routes: ServerBuild["routes"]) {
  const leafOf = leafRouteMatcher(routes);
  return async function personalPageFor(url: URL, cookie: string): Promise<PersonalPage | null> {
    const leaf = leafOf(url.pathname);
    const routeId = leaf?.route.id;
    const partsOf = routeId ? PERSONAL_PAGES[routeId] : undefined;
    if (!leaf || !routeId || !partsOf) return null;
    const { session } = await readLoginSession(new Request(url, { headers: { cookie } }));
    if (!session) return null;
    let parts: unknown;
    try {
      routeLanguage(leaf.params);
      parts = await partsOf(session.user, leaf.params, url);
    } catch (thrown) {
      if (thrown instanceof Response) return null;
      throw thrown;
    }
    const state: PersonalState = { route: routeId, role: session.user.role, parts };
    return { state, hash: personalStateHash(state) };
  };
}

type RouteNode = Parameters<typeof matchRoutes>[0][number];

/** Paths whose matched route is remembered: many more than the site's pages, few enough to hold. */
const REMEMBERED_PATHS = 2_000;

/**
 * The deepest route matching a path, as Remix matches it, remembered per path
 * (matching ranks every route of the app again on each call).
 */
function leafRouteMatcher(routes: ServerBuild["routes"]) {
  const tree = routeTree(routes, undefined);
  const remembered = new Map<string, ReturnType<typeof matchRoutes<RouteNode>>>();
  return (pathname: string) => {
    let matches = remembered.get(pathname);
    if (matches === undefined) {
      matches = matchRoutes(tree, pathname);
      if (remembered.size >= REMEMBERED_PATHS) remembered.delete(remembered.keys().next().value!);
      remembered.set(pathname, matches);
    }
    return matches?.at(-1) ?? null;
  };
}

/** The build's flat route list as the nested routes `matchRoutes` takes (as Remix builds them). */
function routeTree(routes: ServerBuild["routes"], parentId: string | undefined): RouteNode[] {
  return Object.values(routes).flatMap((route): RouteNode[] => {
    if (!route || route.parentId !== parentId) return [];
    const { id, path, caseSensitive } = route;
    return [route.index ? { id, path, caseSensitive, index: true } : { id, path, caseSensitive, children: routeTree(routes, id) }];
  });
}
