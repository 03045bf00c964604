import type { AppLoadContext } from "@remix-run/node";
import { createHash } from "node:crypto";
import { getOptionalUser } from "./guards.server";
import type { PublicUser } from "./user.server";

/**
 * Everything a kept signed-in page shows of the person asking for it
 * (decision 0038): their role (the header's links) and the page's own
 * personal parts (progress, quiz standing…), never their name, address or id
 * unless the parts carry it; and the route they were worked out for (a page
 * rendered for another route is not kept). The production server works it out in front of
 * the app for the pages listed in app/personal-pages.server.ts, keeps the page
 * rendered for it a few seconds under its hash, and hands that page to every
 * learner whose state is the same.
 */
export type PersonalState = { route: string; role: string; parts: unknown };

/** The state's fingerprint in the page cache's key. */
export function personalStateHash(state: PersonalState): string {
  return createHash("sha256").update(JSON.stringify(state)).digest("base64url");
}

/**
 * A page's personal parts: the ones the server worked out for this request
 * when it did (the page is then kept under them, so the page must show
 * nothing else of the person), else computed here from the login session.
 */
export async function personalParts<T>(request: Request, context: AppLoadContext, compute: (user: PublicUser | null) => Promise<T>): Promise<T> {
  const given = context.personalState;
  if (given) return given.parts as T;
  return compute(await getOptionalUser(request));
}
