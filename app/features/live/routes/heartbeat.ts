// The live player's heartbeat (every 15 s while playing, and on pause, end
// and leaving): what the attendance report is made of.
import type { ActionFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/platform/forms/read-form.server";
import { recordHeartbeat } from "../attendance.server";
import { viewerAccess } from "../live-access.server";
import { requireLiveWebinar } from "../live-webinars.server";

export async function action({ request, params }: ActionFunctionArgs) {
  const webinar = await requireLiveWebinar(params.id);
  const { user, registration, canWatch } = await viewerAccess(request, webinar);
  if (!canWatch) return new Response(null, { status: 403 });
  // Signed in, or by a personal join link: someone we can name. Anonymous viewers of an open webinar are not counted.
  const viewer = user
    ? { key: `user:${user.id}`, name: user.name, email: user.email }
    : registration
      ? { key: `registration:${registration.id}`, name: registration.name, email: registration.email }
      : null;
  if (!viewer) return new Response(null, { status: 204 });
  const form = await readFormData(request);
  await recordHeartbeat(webinar.id, viewer, form.get("playing") === "1");
  return new Response(null, { status: 204 });
}

export const loader = () => new Response(null, { status: 405 });
