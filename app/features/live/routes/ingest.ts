// The ingest server's callbacks (nginx-rtmp's on_publish, on_publish_done,
// on_record_done; see live-ingest/nginx.conf.template). nginx accepts a
// publish when we answer 2xx or a redirect and refuses it otherwise.
import type { ActionFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/platform/forms/read-form.server";
import { logger } from "~/platform/runtime/logger.server";
import { adoptLiveRecording } from "../live-recordings.server";
import { decidePublish, isFromIngest, markEnded, markLive } from "../ingest.server";

const refuse = (status: number) => new Response(null, { status });

export async function action({ request, params }: ActionFunctionArgs) {
  const url = new URL(request.url);
  if (!isFromIngest(url.searchParams.get("secret"))) return refuse(403);
  const form = await readFormData(request);
  const name = String(form.get("name") ?? "");
  switch (params.event) {
    case "publish": {
      // A host's encoder, with the stream key as the stream's name.
      const decision = await decidePublish(name);
      if (!decision.ok) {
        logger.warn({ reason: decision.reason, addr: form.get("addr") }, "live ingest: publish refused");
        return refuse(403);
      }
      // Relay the stream under the webinar's id, so the key never reaches a viewer.
      const relay = url.searchParams.get("relay") ?? "";
      if (!/^rtmp:\/\/127\.0\.0\.1:\d+\/[a-z]+$/.test(relay)) return refuse(500);
      return new Response(null, { status: 302, headers: { Location: `${relay}/${decision.webinarId}` } });
    }
    case "live":
      // The relayed stream under the webinar's id: it is on air.
      return refuse((await markLive(name)) ? 200 : 403);
    case "publish-done":
      await markEnded(name);
      return refuse(200);
    case "record-done": {
      // A finished recording becomes a draft recorded webinar; the same report twice changes nothing.
      const outcome = await adoptLiveRecording(name, String(form.get("path") ?? ""));
      if (!outcome.ok) {
        logger.warn({ webinarId: name, path: form.get("path"), reason: outcome.reason }, "live ingest: recording refused");
        return refuse(outcome.reason === "unknownWebinar" ? 404 : 403);
      }
      logger.info({ webinarId: name, recordedWebinarId: outcome.webinarId, created: outcome.created }, "live ingest: recording finished");
      return refuse(200);
    }
    default:
      return refuse(404);
  }
}

export const loader = () => refuse(405);
