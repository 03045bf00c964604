import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/features/auth/guards.server";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { collectPersonalData } from "../personal-data.server";

/** "Download my data": everything the platform holds about the signed-in person, as a JSON file. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  routeLanguage(params);
  const user = await requireUser(request);
  const now = new Date();
  const body = JSON.stringify(await collectPersonalData(user.id, now), null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="my-data-${now.toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
}
