import type { TFunction } from "i18next";
import type { Language } from "~/platform/i18n/languages";
import { formatSchedule } from "~/features/trainings/schedule";
import { localized } from "~/platform/i18n/localized";
import { toCsv } from "~/platform/csv/csv.server";
import type { ManagedTrainingSession } from "./managed-sessions.server";
import { trainingSessionStatusOf } from "./session-status";

/** The session list as CSV, in the reader's language, times in each venue's zone. */
export function trainingSessionsCsv(rows: ManagedTrainingSession[], t: TFunction, language: Language): string {
  const header = [
    t("manage.sessions.columns.title"),
    t("manage.sessions.columns.city"),
    t("manage.sessions.columns.date"),
    t("manage.sessions.columns.time"),
    t("manage.sessions.columns.timeZone"),
    t("manage.sessions.columns.status"),
    t("manage.sessions.columns.capacity"),
    t("manage.sessions.columns.confirmed"),
    t("manage.sessions.columns.waitlisted"),
    t("manage.sessions.columns.trainers"),
    t("manage.sessions.columns.code"),
  ];
  const body = rows.map((row) => {
    const schedule = formatSchedule(row.startsAt, row.endsAt, row.timeZone, language);
    return [
      localized(row, "title", language),
      localized(row, "city", language),
      schedule.date,
      schedule.time,
      row.timeZone,
      t(`trainings.status.${trainingSessionStatusOf(row.status)}`),
      row.capacity,
      row.confirmedCount,
      row._count.registrations,
      row.trainers.map((trainer) => trainer.user.name).join(language === "zh" ? "、" : ", "),
      row.code,
    ];
  });
  return toCsv(header, body);
}
