import type { TFunction } from "i18next";
import { asText, toCsv } from "~/platform/csv/csv.server";
import { db } from "~/platform/db/db.server";
import { jobRoleOf } from "~/platform/access/roles";
import { formatClock } from "./schedule";
import { isAttendance, registrationStatusOf } from "./vocabulary";

/** The roster as CSV, in the trainer's language. */
export async function rosterCsv(session: { id: string; timeZone: string }, t: TFunction): Promise<string> {
  const rows = await db.registration.findMany({ where: { sessionId: session.id }, orderBy: [{ status: "asc" }, { name: "asc" }] });
  const header = [
    t("trainings.roster.name"),
    t("auth.fields.email"),
    t("trainings.roster.company"),
    t("auth.fields.jobRole"),
    t("trainings.roster.phone"),
    t("trainings.roster.registration"),
    t("trainings.roster.attendance"),
    t("trainings.roster.checkedInAt"),
    t("trainings.roster.ticket"),
  ];
  const body = rows.map((row) => [
    row.name,
    row.email,
    row.company,
    t(`common.jobRoles.${jobRoleOf(row.jobRole)}`),
    asText(row.phone),
    t(`trainings.registrationStatus.${registrationStatusOf(row.status)}`),
    isAttendance(row.attendance) ? t(`trainings.attendance.${row.attendance}`) : "",
    row.checkedInAt ? formatClock(row.checkedInAt, session.timeZone) : "",
    row.ticketCode,
  ]);
  return toCsv(header, body);
}
