import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireTrainer } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { csvResponse } from "~/platform/csv/csv.server";
import { learnerRecord } from "../people/learner-record.server";
import { recordCsv } from "../people/record-csv.server";
import { notFound } from "~/platform/http/responses";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const record = await learnerRecord(params.userId ?? "", language);
  if (!record) throw notFound();
  return csvResponse(recordCsv(record, await getServerT(language), language), `record-${record.person.id}.csv`);
}
