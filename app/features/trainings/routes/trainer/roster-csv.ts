import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvResponse } from "~/platform/csv/csv.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { rosterCsv } from "../../roster-csv.server";
import { requireTrainingSessionTrainer } from "../../trainer-access.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const { session } = await requireTrainingSessionTrainer(request, params.id);
  const csv = await rosterCsv(session, await getServerT(language));
  return csvResponse(csv, `roster-${session.code}.csv`);
}
