import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { formatClock } from "~/features/trainings/schedule";
import { getServerT } from "~/platform/i18n/i18next.server";
import { attendanceCertificatesByViewer } from "../../attendance-certificates.server";
import { attendanceReport, formatDuration } from "../../attendance.server";
import { liveSummary, requireHostedLiveWebinar } from "../../live-webinars.server";
import { BEIJING } from "../../vocabulary";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const webinar = await requireHostedLiveWebinar(params.id, user);
  const t = await getServerT(language);
  const summary = liveSummary(webinar, language, new Date());
  const [report, certificates] = await Promise.all([attendanceReport(webinar), attendanceCertificatesByViewer(webinar.id)]);
  return {
    title: await pageTitle(language, t("live.attendance.title", { title: summary.title })),
    webinar: summary,
    live: formatDuration(report.liveSeconds),
    share: webinar.attendanceShare,
    ended: webinar.status === "ended",
    rows: report.rows.map(({ viewerKey, ...row }) => ({
      ...row,
      certificate: certificates.get(viewerKey) ?? null,
      watched: formatDuration(row.secondsWatched),
      percent: Math.round(row.share * 100),
      firstSeen: formatClock(row.firstSeenAt, BEIJING),
      lastSeen: formatClock(row.lastSeenAt, BEIJING),
    })),
  };
}

export default function LiveAttendance() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { webinar, live, share, ended, rows } = useLoaderData<typeof loader>();
  return (
    <section>
      <nav className="breadcrumbs">
        <Link to={`/${language}/trainer/live/${webinar.id}`}>{webinar.title}</Link>
      </nav>
      <h1>{t("live.attendance.title", { title: webinar.title })}</h1>
      <p className="lead">{t("live.attendance.lead", { live })}</p>
      <p>{t(ended ? "live.attendance.certificateRuleEnded" : "live.attendance.certificateRule", { share })}</p>
      <p>
        <a href={`/${language}/trainer/live/${webinar.id}/attendance.csv`} className="button button--secondary" download>
          {t("live.attendance.csv")}
        </a>
      </p>
      {rows.length === 0 ? (
        <p>{t("live.attendance.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("live.attendance.columns.name")}</th>
                <th scope="col">{t("live.attendance.columns.email")}</th>
                <th scope="col">{t("live.attendance.columns.watched")}</th>
                <th scope="col">{t("live.attendance.columns.share")}</th>
                <th scope="col">{t("live.attendance.columns.firstSeen")}</th>
                <th scope="col">{t("live.attendance.columns.lastSeen")}</th>
                <th scope="col">{t("live.attendance.columns.certificate")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.email} data-testid="attendance-row">
                  <td>{row.name}</td>
                  <td>{row.email}</td>
                  <td data-testid="watched">{row.watched}</td>
                  <td>{row.percent}%</td>
                  <td>{row.firstSeen}</td>
                  <td>{row.lastSeen}</td>
                  <td data-testid="certificate">
                    {row.certificate ? <Link to={`/${language}/trainer/certificates/${row.certificate}`}>{row.certificate}</Link> : <span className="muted">{t("live.attendance.noCertificate")}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
