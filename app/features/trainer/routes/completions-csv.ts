import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireTrainer } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { csvResponse } from "~/platform/csv/csv.server";
import { completionsCsv } from "../completions-csv.server";
import { recentCompletions } from "../overview.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const rows = await recentCompletions(user, language, 1_000);
  return csvResponse(completionsCsv(rows, await getServerT(language), language), "completions.csv");
}
