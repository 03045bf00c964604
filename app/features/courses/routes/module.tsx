import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/features/auth/guards.server";
import { personalParts } from "~/features/auth/personal-state.server";
import { contentReview } from "~/platform/content/content-review.server";
import { ContentSources } from "~/platform/content/ContentSources";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { db } from "~/platform/db/db.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import { localized } from "~/platform/i18n/localized";
import { glossaryLinker } from "~/features/glossary/glossary.server";
import { parallelRows, renderWithTermLinks } from "../markdown.server";
import { completeModule } from "../progress.server";
import { modulePageParts } from "../personal-parts.server";
import { moduleQuiz, requireCourse, requireModule } from "../queries.server";
import type { PublicPageHandle } from "~/platform/http/public-page.server";
import { badRequest } from "~/platform/http/responses";
import type { LinksFunction } from "@remix-run/node";
import { coursesStylesheet } from "../courses-stylesheet";
import { RouteErrorBoundary } from "~/platform/shell/RouteErrorBoundary";

export const links: LinksFunction = () => [coursesStylesheet];

export const meta = titleFromLoader;

export const handle: PublicPageHandle = { publicPage: true };

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const course = await requireCourse(params.slug);
  const module = requireModule(course, params.module);
  const personal = await personalParts(request, context, (user) => modulePageParts(user, course, module));
  const parallel = new URL(request.url).searchParams.get("view") === "parallel";
  const index = course.modules.indexOf(module);
  const neighbour = (offset: number) => {
    const other = course.modules[index + offset];
    return other ? { slug: other.slug, title: localized(other, "title", language) } : null;
  };
  const quiz = moduleQuiz(module);
  const title = localized(module, "title", language);
  return {
    title: await pageTitle(language, title),
    description: localized(course, "summary", language),
    course: { slug: course.slug, title: localized(course, "title", language), passMark: course.passMark },
    module: {
      slug: module.slug,
      title,
      titleZh: module.titleZh,
      titleEn: module.titleEn,
      number: index + 1,
      total: course.modules.length,
    },
    body: parallel ? null : renderWithTermLinks(localized(module, "body", language), await glossaryLinker(language, language)),
    review: contentReview(module, language),
    parallel: parallel
      ? parallelRows(module.bodyZh, module.bodyEn, { zh: await glossaryLinker(language, "zh"), en: await glossaryLinker(language, "en") })
      : null,
    previous: neighbour(-1),
    next: neighbour(1),
    quiz: quiz ? { questions: quiz.questions.length, status: personal.quizStatus } : null,
    signedIn: personal.signedIn,
    completed: personal.completed,
  };
}

/** Modules without a quiz are completed by the learner saying so. */
export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const course = await requireCourse(params.slug);
  const module = requireModule(course, params.module);
  if (moduleQuiz(module)) throw badRequest();
  await db.$transaction((tx) => completeModule(tx, user.id, course.id, module.id));
  return redirect(`/${language}/courses/${course.slug}/${module.slug}`);
}

export default function ModulePage() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const data = useLoaderData<typeof loader>();
  const { course, module, quiz } = data;
  const base = `/${language}/courses/${course.slug}`;
  return (
    <article className="module">
      <nav className="breadcrumbs" aria-label={t("courses.module.backToCourse")}>
        <Link to={base}>{course.title}</Link>
      </nav>
      <p className="muted">{t("courses.module.position", { number: module.number, total: module.total })}</p>
      <h1>{module.title}</h1>
      <p className="view-toggle">
        {data.parallel ? (
          <Link to="." data-testid="parallel-toggle" preventScrollReset>
            {t("courses.module.parallelOff")}
          </Link>
        ) : (
          <Link to="?view=parallel" data-testid="parallel-toggle" preventScrollReset>
            {t("courses.module.parallelOn")}
          </Link>
        )}
      </p>
      {data.parallel ? (
        <div className="parallel" data-testid="parallel-text">
          <p className="parallel__caption muted">{t("courses.module.parallelCaption")}</p>
          <div className="parallel__row parallel__row--head">
            <h2 lang="zh-CN">{module.titleZh}</h2>
            <h2 lang="en">{module.titleEn}</h2>
          </div>
          {data.parallel.map((row, index) => (
            <div className="parallel__row" key={index}>
              <div lang="zh-CN" className="prose" dangerouslySetInnerHTML={{ __html: row.zh }} />
              <div lang="en" className="prose" dangerouslySetInnerHTML={{ __html: row.en }} />
            </div>
          ))}
        </div>
      ) : (
        <div className="prose" data-testid="module-body" dangerouslySetInnerHTML={{ __html: data.body ?? "" }} />
      )}

      <ContentSources {...data.review} />

      <section className="quiz-callout" aria-labelledby="quiz-heading">
        <h2 id="quiz-heading">{t("courses.module.quizHeading")}</h2>
        {quiz ? (
          <>
            <p>
              {quiz.status?.passed
                ? t("courses.module.quizPassed", { score: quiz.status.bestScore })
                : quiz.status?.bestScore != null
                  ? t("courses.module.quizNotPassed", { score: quiz.status.bestScore, mark: course.passMark })
                  : t("courses.module.quizNotTaken", { count: quiz.questions, mark: course.passMark })}
            </p>
            {data.signedIn ? (
              <Link to={`${base}/${module.slug}/quiz`} className="button">
                {quiz.status?.attempts ? t("courses.module.retakeQuiz") : t("courses.module.takeQuiz")}
              </Link>
            ) : (
              <p className="muted">{t("courses.course.signInToTrack")}</p>
            )}
          </>
        ) : data.completed ? (
          <p>{t("courses.module.completed")}</p>
        ) : data.signedIn ? (
          <Form method="post">
            <button type="submit" className="button">
              {t("courses.module.markComplete")}
            </button>
          </Form>
        ) : (
          <p className="muted">{t("courses.course.signInToTrack")}</p>
        )}
      </section>

      <nav className="pager" aria-label={t("courses.course.modules")}>
        {data.previous ? (
          <Link to={`${base}/${data.previous.slug}`} rel="prev">
            ← {t("courses.module.previous", { module: data.previous.title })}
          </Link>
        ) : (
          <span />
        )}
        {data.next ? (
          <Link to={`${base}/${data.next.slug}`} rel="next">
            {t("courses.module.next", { module: data.next.title })} →
          </Link>
        ) : (
          <Link to={base}>{t("courses.module.backToCourse")}</Link>
        )}
      </nav>
    </article>
  );
}

/** An unknown module (or course) is explained here, inside the site's frame. */
export function ErrorBoundary() {
  return <RouteErrorBoundary messages={{ notFound: "moduleNotFound" }} />;
}
