import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { personalParts } from "~/features/auth/personal-state.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { isAudience, isCategory } from "~/platform/content/vocabulary";
import { formatDate } from "~/platform/i18n/dates";
import { localized } from "~/platform/i18n/localized";
import { ProgressBar } from "../ProgressBar";
import { coursePageParts } from "../personal-parts.server";
import { parseJsonList } from "~/platform/db/json-list";
import { moduleQuiz, requireCourse } from "../queries.server";
import { CertificateLinks } from "~/features/certificates/CertificateLinks";
import type { PublicPageHandle } from "~/platform/http/public-page.server";
import type { LinksFunction } from "@remix-run/node";
import { coursesStylesheet } from "../courses-stylesheet";
import { certificatesStylesheet } from "~/features/certificates/certificates-stylesheet";

export const links: LinksFunction = () => [coursesStylesheet, certificatesStylesheet];

export const meta = titleFromLoader;

export const handle: PublicPageHandle = { publicPage: true };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const course = await requireCourse(params.slug);
  const { doneModuleIds, ...personal } = await personalParts(request, context, (user) => coursePageParts(user, course));
  const done = new Set(doneModuleIds);
  const modules = course.modules.map((module) => ({
    slug: module.slug,
    title: localized(module, "title", language),
    estimatedMinutes: module.estimatedMinutes,
    questions: moduleQuiz(module)?.questions.length ?? 0,
    done: done.has(module.id),
  }));
  const title = localized(course, "title", language);
  return {
    title: await pageTitle(language, title),
    description: localized(course, "summary", language),
    course: {
      slug: course.slug,
      title,
      summary: localized(course, "summary", language),
      category: course.category,
      audiences: parseJsonList(course.audiences),
      estimatedMinutes: course.estimatedMinutes,
      passMark: course.passMark,
      maxAttempts: course.maxAttempts,
    },
    modules,
    ...personal,
  };
}

export default function CourseOverview() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { course, modules, signedIn, completedAt, certificateNumber, started, continueSlug } = useLoaderData<typeof loader>();
  const next = modules.find((module) => module.slug === continueSlug);
  const doneCount = modules.filter((module) => module.done).length;
  const base = `/${language}/courses/${course.slug}`;
  return (
    <article className="course">
      <p className="course-card__category">{isCategory(course.category) ? t(`courses.categories.${course.category}`) : null}</p>
      <h1>{course.title}</h1>
      <p className="lead">{course.summary}</p>
      <ul className="facts-inline">
        <li>{t("courses.course.duration", { count: course.estimatedMinutes })}</li>
        <li>{t("courses.moduleCount", { count: modules.length })}</li>
        <li>{t("courses.course.passMark", { mark: course.passMark })}</li>
        <li>
          {course.maxAttempts === null
            ? t("courses.course.attemptsUnlimited")
            : t("courses.course.attemptsLimit", { count: course.maxAttempts })}
        </li>
        <li>
          {t("courses.course.audience", {
            list: course.audiences.filter(isAudience).map((audience) => t(`courses.audiences.${audience}`)).join(language === "zh" ? "、" : ", "),
          })}
        </li>
      </ul>
      {completedAt ? (
        <p className="alert alert--success" data-testid="course-completed">
          {t("courses.course.completedOn", { date: formatDate(completedAt, language) })}
        </p>
      ) : null}
      {certificateNumber ? <CertificateLinks number={certificateNumber} /> : null}
      {signedIn && started ? <ProgressBar done={doneCount} total={modules.length} /> : null}
      {next ? (
        <p>
          <Link to={`${base}/${next.slug}`} className="button" data-testid="continue">
            {completedAt ? t("courses.course.review") : started ? t("courses.course.continue", { module: next.title }) : t("courses.course.start")}
          </Link>
        </p>
      ) : null}
      {signedIn ? null : <p className="muted">{t("courses.course.signInToTrack")}</p>}
      <h2>{t("courses.course.modules")}</h2>
      <ol className="module-list">
        {modules.map((module) => (
          <li key={module.slug} className={module.done ? "module-list__item module-list__item--done" : "module-list__item"}>
            <Link to={`${base}/${module.slug}`}>{module.title}</Link>
            <span className="muted">{t("courses.minutes", { count: module.estimatedMinutes })}</span>
            {signedIn ? (
              <span className={module.done ? "badge badge--done" : "badge"}>
                {module.done ? t("courses.course.done") : t("courses.course.todo")}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </article>
  );
}
