import { createCookieSessionStorage, redirect } from "@remix-run/node";
import { cookiesAreSecure, env } from "~/features/server/env.server";
import { readOrCreateSecret } from "~/features/server/secret-file.server";

const sessionSecret = env.SESSION_SECRET ?? readOrCreateSecret("session-secret");

/** Signed, httpOnly, SameSite=Lax session cookie; no server-side session state. */
export const sessionStorage = createCookieSessionStorage<{ userId: string }>({
  cookie: {
    name: "__session",
    httpOnly: true,
    sameSite: "lax",
    secure: cookiesAreSecure,
    path: "/",
    secrets: [sessionSecret],
    maxAge: 60 * 60 * 24 * 30,
  },
});

export async function getSessionUserId(request: Request): Promise<string | null> {
  const session = await sessionStorage.getSession(request.headers.get("Cookie"));
  return session.get("userId") ?? null;
}

export async function startUserSession(userId: string, redirectTo: string): Promise<Response> {
  const session = await sessionStorage.getSession();
  session.set("userId", userId);
  return redirect(redirectTo, { headers: { "Set-Cookie": await sessionStorage.commitSession(session) } });
}

export async function endUserSession(request: Request, redirectTo: string): Promise<Response> {
  const session = await sessionStorage.getSession(request.headers.get("Cookie"));
  return redirect(redirectTo, { headers: { "Set-Cookie": await sessionStorage.destroySession(session) } });
}
