import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireTrainer } from "~/features/auth/guards.server";
import { badRequest, notFound } from "~/platform/http/responses";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { requireManagedWebinar } from "../../manage/webinar-admin.server";
import { streamFrameAt } from "../../media/frame.server";
import { readStoredStream } from "../../media/media-storage.server";

// The picture of a webinar's video at a whole second (?at=12), for the preview in the checkpoint and chapter forms.
export async function loader({ request, params }: LoaderFunctionArgs) {
  routeLanguage(params);
  await requireTrainer(request);
  const webinar = await requireManagedWebinar(params.id);
  const stream = webinar.stream ? readStoredStream(webinar.stream) : null;
  if (!stream) throw notFound();
  const at = new URL(request.url).searchParams.get("at") ?? "";
  if (!/^\d{1,6}$/.test(at) || Number(at) > Math.max(0, Math.ceil(webinar.durationSeconds) - 1)) throw badRequest();
  const frame = await streamFrameAt(stream, Number(at));
  if (!frame) throw notFound();
  // The URL names the stream's version (?v=), so a new video gets new URLs and the browser may keep these.
  return new Response(new Uint8Array(frame), { headers: { "Content-Type": "image/jpeg", "Cache-Control": "private, max-age=86400" } });
}
