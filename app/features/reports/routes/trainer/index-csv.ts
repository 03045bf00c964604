import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireTrainer } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { courseHeadlines, webinarHeadlines } from "../../overview.server";
import { courseHeadlineTable, webinarHeadlineTable } from "../../report-tables.server";
import { tableCsvResponse } from "../../table-csv.server";
import { notFound } from "~/platform/http/responses";

/** trainer/reports/courses.csv and trainer/reports/webinars.csv: the tables of the reports index. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const t = await getServerT(language);
  const file = new URL(request.url).pathname.split("/").pop();
  if (file === "courses.csv") return tableCsvResponse(courseHeadlineTable(await courseHeadlines(language), t), `courses-${language}.csv`);
  if (file === "webinars.csv") return tableCsvResponse(webinarHeadlineTable(await webinarHeadlines(language), t), `webinars-${language}.csv`);
  throw notFound();
}
