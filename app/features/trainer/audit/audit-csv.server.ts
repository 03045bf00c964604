import type { TFunction } from "i18next";
import type { Language } from "~/platform/i18n/languages";
import { toCsv } from "~/platform/csv/csv.server";
import { auditView } from "./audit-format.server";
import type { AuditRow } from "./audit-query.server";

export function auditCsv(rows: AuditRow[], t: TFunction, language: Language): string {
  const header = [
    t("manage.audit.columns.when"),
    t("manage.audit.columns.who"),
    t("auth.fields.email"),
    t("manage.audit.columns.action"),
    t("manage.audit.columns.target"),
    t("manage.audit.columns.details"),
  ];
  const body = rows.map((row) => {
    const view = auditView(row, t, language);
    return [view.when, view.actor?.name ?? "", view.actor?.email ?? "", view.action, `${view.targetLabel} ${view.targetId}`, view.details];
  });
  return toCsv(header, body);
}
