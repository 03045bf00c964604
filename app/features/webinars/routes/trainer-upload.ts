import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireTrainer } from "~/features/auth/guards.server";
import { routeLanguage } from "~/features/i18n/route-language.server";
import { requireManagedWebinar } from "../admin/webinar-admin.server";
import { answerVideoUpload } from "../admin/video-uploads.server";

// The tus endpoint of a webinar's video: HEAD (how much arrived) here, POST and PATCH in the action.
async function answer({ request, params }: LoaderFunctionArgs | ActionFunctionArgs) {
  const language = routeLanguage(params);
  const actor = await requireTrainer(request);
  const webinar = await requireManagedWebinar(params.id);
  if (webinar.origin !== "upload") throw new Response("Not Found", { status: 404 });
  return answerVideoUpload(request, { language, webinarId: webinar.id, actor });
}

export const loader = answer;
export const action = answer;
