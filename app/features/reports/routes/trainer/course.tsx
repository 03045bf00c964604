import type { LinksFunction } from "@remix-run/node";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { courseReport } from "../../course-report.server";
import { QuestionChart } from "../../QuestionChart";
import { formatCell } from "../../report-table";
import { moduleTable, questionTable } from "../../report-tables.server";
import { ReportsBreadcrumbs } from "../../ReportsBreadcrumbs";
import { ReportTableView } from "../../ReportTableView";
import { reportsStylesheet } from "../../reports-stylesheet";
import { StatList } from "../../StatList";

export const meta = titleFromLoader;
export const links: LinksFunction = () => [reportsStylesheet];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const report = await courseReport(params.slug, language);
  const t = await getServerT(language);
  return {
    title: await pageTitle(language, t("reports.course.title", { title: report.title })),
    report,
    modules: moduleTable(report, t),
    questions: questionTable(report.questions, t),
  };
}

export default function CourseReportPage() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { report, modules, questions } = useLoaderData<typeof loader>();
  const base = `/${language}/trainer/reports/courses/${report.slug}`;
  const median = report.medianDaysToComplete;
  return (
    <section className="reports">
      <ReportsBreadcrumbs inReport />
      <h1>{t("reports.course.title", { title: report.title })}</h1>
      <StatList
        stats={[
          { label: t("reports.course.enrolments"), value: formatCell(report.enrolments, "count", language), testId: "stat-enrolments" },
          { label: t("reports.course.completions"), value: formatCell(report.completions, "count", language), testId: "stat-completions" },
          { label: t("reports.course.completionRate"), value: formatCell(report.completionRate, "percent", language), testId: "stat-completion-rate" },
          {
            label: t("reports.course.medianTime"),
            value: median === null ? t("reports.notAvailable") : t("reports.course.medianDays", { days: formatCell(median, "days", language) }),
            hint: t("reports.course.medianHint"),
            testId: "stat-median",
          },
        ]}
      />
      <h2>{t("reports.course.modules")}</h2>
      <p className="muted">{t("reports.course.modulesLead")}</p>
      <ReportTableView table={modules} caption={t("reports.course.modules")} csvHref={`${base}/modules.csv`} testId="module-table" />
      <h2>{t("reports.course.questions")}</h2>
      <p className="muted">{t("reports.course.questionsLead")}</p>
      <div className="report-chart">
        <QuestionChart title={t("reports.course.questionsChart")} questions={report.questions} testId="question-chart" />
      </div>
      <ReportTableView table={questions} caption={t("reports.course.questions")} csvHref={`${base}/questions.csv`} testId="question-table" />
    </section>
  );
}
