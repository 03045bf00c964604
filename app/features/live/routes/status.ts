// Where a live webinar stands, for the page that waits for the host to start.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~/platform/db/db.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const webinar = params.id && params.id.length <= 40 ? await db.liveWebinar.findUnique({ where: { id: params.id }, select: { status: true } }) : null;
  if (!webinar) return Response.json({ error: "notFound" }, { status: 404 });
  return Response.json({ status: webinar.status }, { headers: { "Cache-Control": "no-store" } });
}
