import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireTrainer } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { questionTable, retentionTable, watchedTable } from "../../report-tables.server";
import { tableCsvResponse } from "../../table-csv.server";
import { webinarReport } from "../../webinar-report.server";
import { notFound } from "~/platform/http/responses";

const FILES = ["watched.csv", "retention.csv", "questions.csv"] as const;
type File = (typeof FILES)[number];

/** trainer/reports/webinars/:slug/{watched,retention,questions}.csv: the tables of a webinar report. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const file = new URL(request.url).pathname.split("/").pop() as File;
  if (!FILES.includes(file)) throw notFound();
  const t = await getServerT(language);
  const report = await webinarReport(params.slug, language, t);
  const table =
    file === "watched.csv" ? watchedTable(report, t) : file === "retention.csv" ? retentionTable(report, t) : questionTable([...report.checkpoints, ...report.finalQuiz], t);
  return tableCsvResponse(table, `${report.slug}-${language}-${file}`);
}
