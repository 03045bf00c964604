import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isCategory } from "~/platform/content/vocabulary";
import { ContentSources } from "~/platform/content/ContentSources";
import { renderMarkdown } from "~/features/courses/markdown.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { isResourceKind } from "../kinds";
import { requireResource } from "../library.server";
import type { PublicPageHandle } from "~/platform/http/public-page.server";
import type { LinksFunction } from "@remix-run/node";
import { resourcesStylesheet } from "../resources-stylesheet";

export const links: LinksFunction = () => [resourcesStylesheet];

export const meta = titleFromLoader;

export const handle: PublicPageHandle = { publicPage: true };

export async function loader({ params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const { body, ...resource } = await requireResource(params.slug, language);
  return {
    title: await pageTitle(language, resource.title),
    description: resource.summary,
    resource: { ...resource, html: renderMarkdown(body) },
  };
}

export default function ResourcePage() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { resource } = useLoaderData<typeof loader>();
  const hasRelated = resource.courses.length > 0 || resource.webinars.length > 0;
  return (
    <article className={`resource resource--${resource.kind}`}>
      <p className="breadcrumbs">
        <Link to={`/${language}/resources`}>{t("resources.page.back")}</Link>
      </p>
      <p className="course-card__category">
        {isCategory(resource.category) ? t(`courses.categories.${resource.category}`) : null}
        {" · "}
        {isResourceKind(resource.kind) ? t(`resources.kinds.${resource.kind}`) : null}
      </p>
      <h1>{resource.title}</h1>
      <p className="lead">{resource.summary}</p>
      <div className="prose" data-testid="resource-body" dangerouslySetInnerHTML={{ __html: resource.html }} />
      <ContentSources {...resource.review} />
      <section className="related" aria-labelledby="related-heading" data-testid="related">
        <h2 id="related-heading">{t("resources.page.related")}</h2>
        {hasRelated ? null : <p>{t("resources.page.noRelated")}</p>}
        {resource.courses.length > 0 ? (
          <>
            <h3>{t("resources.page.relatedCourses")}</h3>
            <ul>
              {resource.courses.map((course) => (
                <li key={course.slug}>
                  <Link to={`/${language}/courses/${course.slug}`}>{course.title}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {resource.webinars.length > 0 ? (
          <>
            <h3>{t("resources.page.relatedWebinars")}</h3>
            <ul>
              {resource.webinars.map((webinar) => (
                <li key={webinar.slug}>
                  <Link to={`/${language}/webinars/${webinar.slug}`}>{webinar.title}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </article>
  );
}
