// Server-Sent Events for a live webinar's viewers and hosts: every change to
// its questions and polls (hosts also get the polls' running results), in order. A browser that reconnects sends Last-Event-ID and
// gets exactly the events it missed (decision 0030).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { viewerAccess } from "../live-access.server";
import { liveEventHub, type LiveEventRow } from "../live-events.server";
import { requireLiveWebinar } from "../live-webinars.server";

const KEEP_ALIVE_MS = 15_000;

function resumeFrom(request: Request): number {
  const raw = request.headers.get("Last-Event-ID") ?? new URL(request.url).searchParams.get("after") ?? "0";
  return /^\d{1,15}$/.test(raw) ? Number(raw) : 0;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const webinar = await requireLiveWebinar(params.id);
  const access = await viewerAccess(request, webinar);
  if (!access.canWatch) return new Response("Forbidden", { status: 403 });
  const after = resumeFrom(request);
  const encoder = new TextEncoder();
  let stop = () => {};
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      // A reconnecting browser waits this long; a comment now and then keeps proxies from closing the stream.
      write("retry: 2000\n\n");
      const unsubscribe = liveEventHub.subscribe(webinar.id, after, access.hosts, (events: LiveEventRow[]) => {
        write(events.map((event) => `id: ${event.id}\nevent: ${event.kind}\ndata: ${event.payload}\n\n`).join(""));
      });
      const keepAlive = setInterval(() => write(": keep-alive\n\n"), KEEP_ALIVE_MS);
      stop = () => {
        clearInterval(keepAlive);
        unsubscribe();
      };
      request.signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
    },
    cancel() {
      stop();
    },
  });
  return new Response(body, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-store", "X-Accel-Buffering": "no" },
  });
}
