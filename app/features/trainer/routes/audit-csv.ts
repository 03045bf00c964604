import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireAdmin } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { csvResponse } from "~/platform/csv/csv.server";
import { auditCsv } from "../audit/audit-csv.server";
import { allAuditEntries, readAuditFilter } from "../audit/audit-query.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireAdmin(request);
  const rows = await allAuditEntries(readAuditFilter(new URL(request.url)));
  return csvResponse(auditCsv(rows, await getServerT(language), language), "audit-log.csv");
}
