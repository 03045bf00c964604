import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireTrainer } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { courseReport } from "../../course-report.server";
import { moduleTable, questionTable } from "../../report-tables.server";
import { tableCsvResponse } from "../../table-csv.server";
import { notFound } from "~/platform/http/responses";

/** trainer/reports/courses/:slug/modules.csv and …/questions.csv: the tables of a course report. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const file = new URL(request.url).pathname.split("/").pop();
  if (file !== "modules.csv" && file !== "questions.csv") throw notFound();
  const report = await courseReport(params.slug, language);
  const t = await getServerT(language);
  const table = file === "modules.csv" ? moduleTable(report, t) : questionTable(report.questions, t);
  return tableCsvResponse(table, `${report.slug}-${language}-${file}`);
}
