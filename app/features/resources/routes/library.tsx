import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CATEGORIES } from "~/platform/content/vocabulary";
import { isCategory } from "~/platform/content/vocabulary";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { FilterBar } from "~/platform/shell/FilterBar";
import { titleFromLoader } from "~/platform/shell/page-title";
import { RESOURCE_KINDS } from "../content/schema";
import { isResourceKind } from "../kinds";
import { readLibraryFilters, searchLibrary } from "../library.server";
import type { PublicPageHandle } from "~/platform/http/public-page.server";

export const meta = titleFromLoader;

export const handle: PublicPageHandle = { publicPage: true };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const filters = readLibraryFilters(new URL(request.url));
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("resources.catalog.title")), description: t("resources.catalog.lead"), filters, cards: await searchLibrary(language, filters) };
}

export default function Library() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { filters, cards } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t("resources.catalog.title")}</h1>
      <p className="lead">{t("resources.catalog.lead")}</p>
      <FilterBar
        label={t("resources.catalog.searchLabel")}
        search={{ name: "q", label: t("resources.catalog.query"), value: filters.q, hint: t("resources.catalog.queryHint") }}
        applyLabel={t("resources.catalog.apply")}
        clearLabel={t("resources.catalog.clear")}
        clearTo={`/${language}/resources`}
        selects={[
          {
            name: "category",
            label: t("resources.catalog.category"),
            value: filters.category,
            anyLabel: t("resources.catalog.any"),
            options: CATEGORIES.map((category) => ({ value: category, label: t(`courses.categories.${category}`) })),
          },
          {
            name: "kind",
            label: t("resources.catalog.kind"),
            value: filters.kind,
            anyLabel: t("resources.catalog.any"),
            options: RESOURCE_KINDS.map((kind) => ({ value: kind, label: t(`resources.kinds.${kind}`) })),
          },
        ]}
      />
      <p className="muted" role="status" data-testid="resource-count">
        {filters.q ? t("resources.catalog.countFor", { count: cards.length, q: filters.q }) : t("resources.catalog.count", { count: cards.length })}
      </p>
      {cards.length === 0 ? (
        <p>{t("resources.catalog.empty")}</p>
      ) : (
        <ul className="card-grid card-grid--wide">
          {cards.map((card) => (
            <li key={card.slug} className="card course-card" data-testid="resource-card">
              <p className="course-card__category">
                {isCategory(card.category) ? t(`courses.categories.${card.category}`) : null}
                {" · "}
                {isResourceKind(card.kind) ? t(`resources.kinds.${card.kind}`) : null}
              </p>
              <h2 className="course-card__title">
                <Link to={`/${language}/resources/${card.slug}`}>{card.title}</Link>
              </h2>
              <p>{card.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
