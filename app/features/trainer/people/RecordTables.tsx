import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/platform/i18n/languages";
import { isAttendance, type RegistrationStatus } from "~/features/trainings/vocabulary";

type Dated = string | null;

function Section({ title, empty, count, children }: { title: string; empty: string; count: number; children: React.ReactNode }) {
  return (
    <section className="record-section">
      <h2>{title}</h2>
      {count === 0 ? <p className="muted">{empty}</p> : <div className="table-scroll">{children}</div>}
    </section>
  );
}

export function CourseTable({ rows }: { rows: { slug: string; title: string; percent: number; doneModules: number; totalModules: number; completedAt: Dated }[] }) {
  const { t } = useTranslation();
  return (
    <Section title={t("manage.record.courses")} empty={t("manage.record.noCourses")} count={rows.length}>
      <table data-testid="record-courses">
        <thead>
          <tr>
            <th scope="col">{t("manage.record.columns.title")}</th>
            <th scope="col">{t("manage.record.columns.progress")}</th>
            <th scope="col">{t("manage.record.columns.completedAt")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug}>
              <td>{row.title}</td>
              <td>{t("manage.record.modules", { done: row.doneModules, total: row.totalModules, percent: row.percent })}</td>
              <td>{row.completedAt ? row.completedAt : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

export function WebinarTable({ rows }: { rows: { id: string; title: string; watchedPercent: number; requiredPercent: number; completedAt: Dated }[] }) {
  const { t } = useTranslation();
  return (
    <Section title={t("manage.record.webinars")} empty={t("manage.record.noWebinars")} count={rows.length}>
      <table data-testid="record-webinars">
        <thead>
          <tr>
            <th scope="col">{t("manage.record.columns.title")}</th>
            <th scope="col">{t("manage.record.columns.watched")}</th>
            <th scope="col">{t("manage.record.columns.completedAt")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{row.title}</td>
              <td>{t("manage.record.watched", { percent: row.watchedPercent, required: row.requiredPercent })}</td>
              <td>{row.completedAt ? row.completedAt : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

export function TrainingTable({ rows, language }: { rows: { id: string; sessionId: string; title: string; date: string; status: RegistrationStatus; attendance: string | null }[]; language: Language }) {
  const { t } = useTranslation();
  return (
    <Section title={t("manage.record.trainings")} empty={t("manage.record.noTrainings")} count={rows.length}>
      <table data-testid="record-trainings">
        <thead>
          <tr>
            <th scope="col">{t("manage.record.columns.title")}</th>
            <th scope="col">{t("manage.record.columns.date")}</th>
            <th scope="col">{t("manage.record.columns.status")}</th>
            <th scope="col">{t("trainings.roster.attendance")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link to={`/${language}/trainer/trainings/${row.sessionId}`}>{row.title}</Link>
              </td>
              <td>{row.date}</td>
              <td>{t(`trainings.registrationStatus.${row.status}`)}</td>
              <td>{isAttendance(row.attendance) ? t(`trainings.attendance.${row.attendance}`) : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}

export function CertificateTable({ rows, language }: { rows: { number: string; title: string; issuedAt: string; revokedAt: Dated }[]; language: Language }) {
  const { t } = useTranslation();
  return (
    <Section title={t("manage.record.certificates")} empty={t("manage.record.noCertificates")} count={rows.length}>
      <table data-testid="record-certificates">
        <thead>
          <tr>
            <th scope="col">{t("manage.record.columns.number")}</th>
            <th scope="col">{t("manage.record.columns.title")}</th>
            <th scope="col">{t("manage.record.columns.issuedAt")}</th>
            <th scope="col">{t("manage.record.columns.status")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.number}>
              <td className="mono">
                <Link to={`/${language}/verify/${row.number}`}>{row.number}</Link>
              </td>
              <td>{row.title}</td>
              <td>{row.issuedAt}</td>
              <td>{row.revokedAt ? t("manage.record.revokedOn", { date: row.revokedAt }) : t("manage.record.valid")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Section>
  );
}
