import { getOptionalUser } from "~/features/auth/guards.server";
import { canTrain } from "~/platform/access/roles";
import type { PublicUser } from "~/features/auth/user.server";
import { db } from "~/platform/db/db.server";
import { registrationOfJoinToken } from "./join-link.server";
import { findLiveRegistration } from "./live-registration.server";

/** The registration a personal join link (`?join=`) stands for, when it is for this webinar and still active. */
async function joinedRegistration(request: Request, webinarId: string) {
  const id = registrationOfJoinToken(new URL(request.url).searchParams.get("join"));
  if (!id) return null;
  const registration = await db.liveRegistration.findUnique({ where: { id } });
  return registration && registration.webinarId === webinarId && registration.status === "registered" ? registration : null;
}

/** Whether a user hosts a webinar (an admin hosts every one). */
export async function hostsWebinar(user: Pick<PublicUser, "id" | "role"> | null, webinarId: string): Promise<boolean> {
  if (!user || !canTrain(user.role)) return false;
  if (user.role === "admin") return true;
  return Boolean(await db.liveWebinarTrainer.findUnique({ where: { webinarId_userId: { webinarId, userId: user.id } } }));
}

/**
 * Who is looking at a live webinar: the signed-in user, their registration (or
 * the one their join link stands for), whether they host it, and whether they
 * may watch and follow it (a registration-only webinar: registrants and hosts).
 */
export async function viewerAccess(request: Request, webinar: { id: string; registrationRequired: boolean }) {
  const user = await getOptionalUser(request);
  const own = user ? await findLiveRegistration(webinar.id, user.id) : null;
  const registration = own?.status === "registered" ? own : await joinedRegistration(request, webinar.id);
  const hosts = await hostsWebinar(user, webinar.id);
  return { user, own, registration, hosts, canWatch: !webinar.registrationRequired || Boolean(registration) || hosts };
}
