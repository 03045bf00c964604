import { redirect } from "@remix-run/node";
import { resolveLanguage } from "~/platform/i18n/i18next.server";
import { readLoginSession, type LoginSession } from "./login-session.server";
import { canTrain } from "~/platform/access/roles";
import type { PublicUser } from "./user.server";
import { forbidden } from "~/platform/http/responses";

export async function getOptionalUser(request: Request): Promise<PublicUser | null> {
  return (await readLoginSession(request)).session?.user ?? null;
}

/** The signed-in user and their session, or a redirect to the login page that comes back here. */
export async function requireLoginSession(request: Request): Promise<LoginSession> {
  const { session } = await readLoginSession(request);
  if (session) return session;
  const url = new URL(request.url);
  const language = await resolveLanguage(request);
  const back = new URLSearchParams({ redirectTo: `${url.pathname}${url.search}` });
  throw redirect(`/${language}/login?${back}`);
}

/** The signed-in user, or a redirect to the login page that comes back here. */
export async function requireUser(request: Request): Promise<PublicUser> {
  return (await requireLoginSession(request)).user;
}

/** A trainer or admin; anyone else gets 403 (anonymous users are sent to log in first). */
export async function requireTrainer(request: Request): Promise<PublicUser> {
  const user = await requireUser(request);
  if (!canTrain(user.role)) throw forbidden();
  return user;
}

export async function requireAdmin(request: Request): Promise<PublicUser> {
  const user = await requireUser(request);
  if (user.role !== "admin") throw forbidden();
  return user;
}
