import type { TFunction } from "i18next";
import { formatDate } from "~/platform/i18n/dates";
import type { Language } from "~/platform/i18n/languages";
import { isAttendance } from "~/features/trainings/vocabulary";
import { toCsv } from "~/platform/csv/csv.server";
import type { LearnerRecord } from "./learner-record.server";

/** A person's whole record as one table: one row per course, webinar, training and certificate. */
export function recordCsv(record: LearnerRecord, t: TFunction, language: Language): string {
  const date = (value: Date | null) => (value ? formatDate(value, language) : "");
  const header = [t("manage.record.columns.kind"), t("manage.record.columns.title"), t("manage.record.columns.progress"), t("manage.record.columns.status"), t("manage.record.columns.date")];
  const rows = [
    ...record.courses.map((course) => [
      t("manage.record.kinds.course"),
      course.title,
      `${course.percent}%`,
      course.completedAt ? t("manage.record.completed") : t("manage.record.inProgress"),
      date(course.completedAt),
    ]),
    ...record.webinars.map((webinar) => [
      t("manage.record.kinds.webinar"),
      webinar.title,
      `${webinar.watchedPercent}%`,
      webinar.completedAt ? t("manage.record.completed") : t("manage.record.inProgress"),
      date(webinar.completedAt),
    ]),
    ...record.trainings.map((training) => [
      t("manage.record.kinds.training"),
      training.title,
      isAttendance(training.attendance) ? t(`trainings.attendance.${training.attendance}`) : "",
      t(`trainings.registrationStatus.${training.status}`),
      date(training.startsAt),
    ]),
    ...record.certificates.map((certificate) => [
      t("manage.record.kinds.certificate"),
      `${certificate.title} (${certificate.number})`,
      "",
      certificate.revokedAt ? t("manage.record.revoked") : t("manage.record.valid"),
      date(certificate.issuedAt),
    ]),
  ];
  return toCsv(header, rows);
}
