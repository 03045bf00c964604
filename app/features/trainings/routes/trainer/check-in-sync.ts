// The check-in devices' sync (decision 0029): GET pulls the roster changed
// since a cursor, POST sends a batch of changes made on the device and
// answers each. Only the session's trainers (or an admin) may use either;
// anyone signed out is sent to log in (the device reads that as "sign in
// again"). The server's origin check refuses cross-site posts, and only JSON
// is taken.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { syncBatchSchema } from "../../check-in/changes";
import { rosterFeed } from "../../check-in/roster-feed.server";
import { applySyncBatch } from "../../check-in/sync.server";
import { requireTrainingSessionTrainer } from "../../trainer-access.server";

const NO_STORE = { "Cache-Control": "no-store" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  routeLanguage(params);
  const { session } = await requireTrainingSessionTrainer(request, params.id);
  const cursor = new URL(request.url).searchParams.get("since");
  return Response.json(await rosterFeed(session.id, cursor && cursor.length <= 40 ? cursor : null), { headers: NO_STORE });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const { user, session } = await requireTrainingSessionTrainer(request, params.id);
  if (request.method !== "POST") return Response.json({ error: "methodNotAllowed" }, { status: 405, headers: NO_STORE });
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) return Response.json({ error: "unsupportedMediaType" }, { status: 415, headers: NO_STORE });
  const body: unknown = await request.json().catch(() => null);
  const batch = syncBatchSchema.safeParse(body);
  if (!batch.success) return Response.json({ error: "badRequest" }, { status: 400, headers: NO_STORE });
  const answers = await applySyncBatch({ sessionId: session.id, trainerId: user.id, language }, batch.data);
  return Response.json({ answers }, { headers: NO_STORE });
}
