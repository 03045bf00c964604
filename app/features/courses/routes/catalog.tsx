import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getOptionalUser } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { FilterBar } from "~/platform/shell/FilterBar";
import { titleFromLoader } from "~/platform/shell/page-title";
import { listCatalog, readCatalogFilters } from "../catalog.server";
import { AUDIENCES, CATEGORIES } from "~/platform/content/vocabulary";
import { CourseCard } from "../CourseCard";
import type { PublicPageHandle } from "~/platform/http/public-page.server";
import type { LinksFunction } from "@remix-run/node";
import { coursesStylesheet } from "../courses-stylesheet";

export const links: LinksFunction = () => [coursesStylesheet];

export const meta = titleFromLoader;

export const handle: PublicPageHandle = { publicPage: true };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await getOptionalUser(request);
  const filters = readCatalogFilters(new URL(request.url));
  const t = await getServerT(language);
  const cards = await listCatalog(language, filters, user?.id ?? null);
  return { title: await pageTitle(language, t("courses.catalog.title")), description: t("courses.catalog.lead"), filters, cards };
}

export default function Catalog() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { filters, cards } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t("courses.catalog.title")}</h1>
      <p className="lead">{t("courses.catalog.lead")}</p>
      <FilterBar
        label={t("courses.catalog.filtersLabel")}
        applyLabel={t("courses.catalog.apply")}
        clearLabel={t("courses.catalog.clear")}
        clearTo={`/${language}/courses`}
        selects={[
          {
            name: "category",
            label: t("courses.catalog.category"),
            value: filters.category,
            anyLabel: t("courses.catalog.any"),
            options: CATEGORIES.map((category) => ({ value: category, label: t(`courses.categories.${category}`) })),
          },
          {
            name: "audience",
            label: t("courses.catalog.audience"),
            value: filters.audience,
            anyLabel: t("courses.catalog.any"),
            options: AUDIENCES.map((audience) => ({ value: audience, label: t(`courses.audiences.${audience}`) })),
          },
        ]}
      />
      <p className="muted" role="status">
        {t("courses.catalog.count", { count: cards.length })}
      </p>
      {cards.length === 0 ? (
        <p>{t("courses.catalog.empty")}</p>
      ) : (
        <ul className="card-grid card-grid--wide">
          {cards.map((card) => (
            <CourseCard key={card.slug} card={card} language={language} />
          ))}
        </ul>
      )}
    </section>
  );
}
