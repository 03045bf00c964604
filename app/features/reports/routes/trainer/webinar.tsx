import type { LinksFunction } from "@remix-run/node";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { AreaChart } from "../../charts/AreaChart";
import { Histogram } from "../../charts/Histogram";
import { QuestionChart } from "../../QuestionChart";
import { formatCell } from "../../report-table";
import { questionTable, retentionTable, watchedTable } from "../../report-tables.server";
import { ReportsBreadcrumbs } from "../../ReportsBreadcrumbs";
import { ReportTableView } from "../../ReportTableView";
import { reportsStylesheet } from "../../reports-stylesheet";
import { StatList } from "../../StatList";
import { videoTime } from "../../video-time";
import { webinarReport } from "../../webinar-report.server";

export const meta = titleFromLoader;
export const links: LinksFunction = () => [reportsStylesheet];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const t = await getServerT(language);
  const report = await webinarReport(params.slug, language, t);
  return {
    title: await pageTitle(language, t("reports.webinar.title", { title: report.title })),
    report,
    watched: watchedTable(report, t),
    retention: retentionTable(report, t),
    questions: questionTable([...report.checkpoints, ...report.finalQuiz], t),
  };
}

/** About five evenly spaced labels on the time axis, at whole slots. */
function timeTicks(duration: number, step: number) {
  const slots = Math.ceil(duration / step);
  const every = Math.max(1, Math.ceil(slots / 5));
  return Array.from({ length: Math.floor(slots / every) + 1 }, (_, index) => index * every * step)
    .filter((x) => x <= duration)
    .map((x) => ({ x, label: videoTime(x) }));
}

export default function WebinarReportPage() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { report, watched, retention, questions } = useLoaderData<typeof loader>();
  const base = `/${language}/trainer/reports/webinars/${report.slug}`;
  const percent = (value: number | null) => formatCell(value, "percent", language);
  const fullViewers = report.watched[report.watched.length - 1]?.count ?? 0;
  const first = report.retention[0];
  const last = report.retention[report.retention.length - 1];
  return (
    <section className="reports">
      <ReportsBreadcrumbs inReport />
      <h1>{t("reports.webinar.title", { title: report.title })}</h1>
      <StatList
        stats={[
          { label: t("reports.webinar.viewers"), value: formatCell(report.viewers, "count", language), testId: "stat-viewers" },
          { label: t("reports.webinar.completions"), value: formatCell(report.completions, "count", language), testId: "stat-completions" },
          { label: t("reports.webinar.completionRate"), value: percent(report.completionRate), testId: "stat-completion-rate" },
          { label: t("reports.webinar.duration"), value: videoTime(report.durationSeconds) },
        ]}
      />
      {report.viewers === 0 ? <p className="alert alert--info">{t("reports.webinar.noViewers")}</p> : null}

      <h2>{t("reports.webinar.watched")}</h2>
      <p className="muted">{t("reports.webinar.watchedLead")}</p>
      <div className="report-pair">
        <div className="report-chart">
          <Histogram
            title={t("reports.webinar.watchedChart")}
            summary={t("reports.webinar.watchedSummary", { viewers: report.viewers, full: fullViewers })}
            columns={report.watched.map((bucket, index) => ({ count: bucket.count, label: `${watched.rows[index]![0]}: ${bucket.count}` }))}
            edges={[0, ...report.watched.map((bucket) => bucket.to)].map((edge) => percent(edge))}
            axisLabel={t("reports.webinar.watchedAxis")}
            testId="watched-chart"
          />
        </div>
        <ReportTableView table={watched} caption={t("reports.webinar.watched")} csvHref={`${base}/watched.csv`} testId="watched-table" />
      </div>

      <h2>{t("reports.webinar.retention")}</h2>
      <p className="muted">{t("reports.webinar.retentionLead", { step: report.retentionStep })}</p>
      <div className="report-pair">
        <div className="report-chart">
          <AreaChart
            title={t("reports.webinar.retentionChart")}
            summary={t("reports.webinar.retentionSummary", { start: percent(first?.share ?? null), end: percent(last?.share ?? null) })}
            points={report.retention.map((point) => ({ x: (point.from + point.to) / 2, y: point.share, label: `${videoTime(point.from)}–${videoTime(point.to)}: ${percent(point.share)}` }))}
            xMax={report.durationSeconds}
            xTicks={timeTicks(report.durationSeconds, report.retentionStep)}
            axisLabel={t("reports.webinar.retentionAxis")}
            percent={(value) => percent(value)}
            testId="retention-chart"
          />
        </div>
        <ReportTableView table={retention} caption={t("reports.webinar.retention")} csvHref={`${base}/retention.csv`} testId="retention-table" />
      </div>

      <h2>{t("reports.webinar.questions")}</h2>
      <p className="muted">{t("reports.webinar.questionsLead")}</p>
      <div className="report-pair">
        <div className="report-chart">
          <h3>{t("reports.webinar.checkpoints")}</h3>
          <QuestionChart title={t("reports.webinar.checkpointsChart")} questions={report.checkpoints} testId="checkpoint-chart" />
        </div>
        <div className="report-chart">
          <h3>{t("reports.webinar.finalQuiz")}</h3>
          <QuestionChart title={t("reports.webinar.finalChart")} questions={report.finalQuiz} testId="final-quiz-chart" />
        </div>
      </div>
      <ReportTableView table={questions} caption={t("reports.webinar.questions")} csvHref={`${base}/questions.csv`} testId="question-table" />
    </section>
  );
}
