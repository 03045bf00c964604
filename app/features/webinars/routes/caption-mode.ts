import type { ActionFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/features/auth/guards.server";
import { readFormData } from "~/platform/forms/read-form.server";
import { db } from "~/platform/db/db.server";
import { isCaptionMode } from "../caption-modes";

/** Remembers the captions a signed-in learner chose in the player, for every webinar and device. */
export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const mode = (await readFormData(request)).get("mode");
  if (!isCaptionMode(mode)) return Response.json({ ok: false }, { status: 400 });
  await db.user.update({ where: { id: user.id }, data: { captionMode: mode } });
  return Response.json({ ok: true });
}
