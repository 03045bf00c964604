import type { TFunction } from "i18next";
import type { Language } from "~/platform/i18n/languages";
import { isAttendance } from "~/features/trainings/vocabulary";
import { toCsv } from "~/platform/csv/csv.server";
import { completionTime, type Completion } from "./overview.server";

export function completionsCsv(rows: Completion[], t: TFunction, language: Language): string {
  const header = [
    t("trainer.completions.when"),
    t("auth.fields.name"),
    t("trainer.completions.kind"),
    t("trainer.completions.title"),
    t("trainings.roster.attendance"),
  ];
  const body = rows.map((row) => [
    completionTime(row.at, language),
    row.name,
    t(`manage.record.kinds.${row.kind}`),
    row.title,
    isAttendance(row.detail) ? t(`trainings.attendance.${row.detail}`) : "",
  ]);
  return toCsv(header, body);
}
