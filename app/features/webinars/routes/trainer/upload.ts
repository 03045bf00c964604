import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireTrainer } from "~/features/auth/guards.server";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { requireManagedWebinar } from "../../manage/webinar-admin.server";
import { answerVideoUpload } from "../../manage/video-uploads.server";
import { notFound } from "~/platform/http/responses";

// The tus endpoint of a webinar's video: HEAD (how much arrived) here, POST and PATCH in the action.
async function answer({ request, params }: LoaderFunctionArgs | ActionFunctionArgs) {
  const language = routeLanguage(params);
  const actor = await requireTrainer(request);
  const webinar = await requireManagedWebinar(params.id);
  if (webinar.origin !== "upload") throw notFound();
  return answerVideoUpload(request, { language, webinarId: webinar.id, actor });
}

export const loader = answer;
export const action = answer;
