import type { LinksFunction } from "@remix-run/node";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { courseHeadlines, webinarHeadlines } from "../../overview.server";
import { courseHeadlineTable, webinarHeadlineTable } from "../../report-tables.server";
import { ReportsBreadcrumbs } from "../../ReportsBreadcrumbs";
import { ReportTableView } from "../../ReportTableView";
import { reportsStylesheet } from "../../reports-stylesheet";

export const meta = titleFromLoader;
export const links: LinksFunction = () => [reportsStylesheet];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const t = await getServerT(language);
  const [courses, webinars] = await Promise.all([courseHeadlines(language), webinarHeadlines(language)]);
  return {
    title: await pageTitle(language, t("reports.index.title")),
    courseSlugs: courses.map((course) => course.slug),
    webinarSlugs: webinars.map((webinar) => webinar.slug),
    courses: courseHeadlineTable(courses, t),
    webinars: webinarHeadlineTable(webinars, t),
  };
}

export default function ReportsIndex() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { courseSlugs, webinarSlugs, courses, webinars } = useLoaderData<typeof loader>();
  const base = `/${language}/trainer/reports`;
  return (
    <section className="reports">
      <ReportsBreadcrumbs inReport={false} />
      <h1>{t("reports.index.title")}</h1>
      <p className="lead">{t("reports.index.lead")}</p>
      <h2>{t("reports.index.courses")}</h2>
      {courseSlugs.length === 0 ? (
        <p>{t("reports.index.noCourses")}</p>
      ) : (
        <ReportTableView table={courses} caption={t("reports.index.courses")} csvHref={`${base}/courses.csv`} testId="course-headlines" linkFirstColumn={(row) => `${base}/courses/${courseSlugs[row]}`} />
      )}
      <h2>{t("reports.index.webinars")}</h2>
      {webinarSlugs.length === 0 ? (
        <p>{t("reports.index.noWebinars")}</p>
      ) : (
        <ReportTableView table={webinars} caption={t("reports.index.webinars")} csvHref={`${base}/webinars.csv`} testId="webinar-headlines" linkFirstColumn={(row) => `${base}/webinars/${webinarSlugs[row]}`} />
      )}
    </section>
  );
}
