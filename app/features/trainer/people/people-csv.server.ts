import type { TFunction } from "i18next";
import { jobRoleOf, roleOf } from "~/platform/access/roles";
import { formatDate } from "~/platform/i18n/dates";
import type { Language } from "~/platform/i18n/languages";
import { toCsv } from "~/platform/csv/csv.server";
import type { PersonRow } from "./people-search.server";

export function peopleCsv(rows: PersonRow[], t: TFunction, language: Language): string {
  const header = [
    t("auth.fields.name"),
    t("auth.fields.email"),
    t("auth.fields.company"),
    t("auth.fields.jobRole"),
    t("manage.people.columns.role"),
    t("manage.people.columns.language"),
    t("manage.people.columns.joined"),
  ];
  const body = rows.map((row) => [
    row.name,
    row.email,
    row.company,
    t(`common.jobRoles.${jobRoleOf(row.jobRole)}`),
    t(`common.roles.${roleOf(row.role)}`),
    row.preferredLanguage === "en" ? t("trainings.languageNames.en") : t("trainings.languageNames.zh"),
    formatDate(row.createdAt, language),
  ]);
  return toCsv(header, body);
}
