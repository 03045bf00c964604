import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireTrainer } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { routeLanguage } from "~/platform/i18n/route-language.server";
import { csvResponse, toCsv } from "~/platform/csv/csv.server";
import { achievementTypeOf } from "../../achievement-types";
import { listCertificates, readCertificateFilter } from "../../certificate-list.server";

/** The filtered certificate list as CSV, every matching row. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const t = await getServerT(language);
  const { rows } = await listCertificates(readCertificateFilter(new URL(request.url)), { all: true });
  const header = [
    t("certificates.admin.number"),
    t("certificates.admin.holder"),
    t("auth.fields.email"),
    t("certificates.admin.kind"),
    t("certificates.admin.titleZh"),
    t("certificates.admin.titleEn"),
    t("certificates.verify.completedOn"),
    t("certificates.admin.issuedAt"),
    t("certificates.admin.status"),
    t("certificates.admin.reasonColumn"),
  ];
  const body = rows.map((row) => [
    row.number,
    row.holderName,
    row.user.email,
    t(`certificates.kinds.${achievementTypeOf(row.achievementType)}`),
    row.titleZh,
    row.titleEn,
    row.completedOn.toISOString().slice(0, 10),
    row.issuedAt.toISOString(),
    row.revokedAt ? t("certificates.admin.statuses.revoked") : t("certificates.admin.statuses.valid"),
    row.revokedReason ?? "",
  ]);
  return csvResponse(toCsv(header, body), `certificates-${new Date().toISOString().slice(0, 10)}.csv`);
}
