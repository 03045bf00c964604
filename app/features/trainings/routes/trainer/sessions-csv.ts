import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireTrainer } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { csvResponse } from "~/platform/csv/csv.server";
import { allManagedTrainingSessions, readManageFilters } from "~/features/trainings/manage/managed-sessions.server";
import { trainingSessionsCsv } from "~/features/trainings/manage/sessions-csv.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const rows = await allManagedTrainingSessions(user, readManageFilters(new URL(request.url)));
  return csvResponse(trainingSessionsCsv(rows, await getServerT(language), language), "sessions.csv");
}
