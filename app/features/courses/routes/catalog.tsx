import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getOptionalUser } from "~/features/auth/guards.server";
import { getServerT } from "~/features/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/features/i18n/route-language.server";
import { usePageLanguage } from "~/features/i18n/use-page-language";
import { titleFromLoader } from "~/features/shell/page-title";
import { listCatalog, readCatalogFilters } from "../catalog.server";
import { AUDIENCES, CATEGORIES } from "../content/schema";
import { CourseCard } from "../CourseCard";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await getOptionalUser(request);
  const filters = readCatalogFilters(new URL(request.url));
  const t = await getServerT(language);
  const cards = await listCatalog(language, filters, user?.id ?? null);
  return { title: await pageTitle(language, t("courses.catalog.title")), filters, cards };
}

export default function Catalog() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { filters, cards } = useLoaderData<typeof loader>();
  const filtered = Boolean(filters.category || filters.audience);
  return (
    <section>
      <h1>{t("courses.catalog.title")}</h1>
      <p className="lead">{t("courses.catalog.lead")}</p>
      <Form method="get" className="filters" aria-label={t("courses.catalog.filtersLabel")}>
        <div className="field">
          <label htmlFor="category">{t("courses.catalog.category")}</label>
          <select id="category" name="category" defaultValue={filters.category ?? ""} key={`c-${filters.category}`}>
            <option value="">{t("courses.catalog.any")}</option>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`courses.categories.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audience">{t("courses.catalog.audience")}</label>
          <select id="audience" name="audience" defaultValue={filters.audience ?? ""} key={`a-${filters.audience}`}>
            <option value="">{t("courses.catalog.any")}</option>
            {AUDIENCES.map((audience) => (
              <option key={audience} value={audience}>
                {t(`courses.audiences.${audience}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("courses.catalog.apply")}
        </button>
        {filtered ? (
          <Link to={`/${language}/courses`} className="filters__clear">
            {t("courses.catalog.clear")}
          </Link>
        ) : null}
      </Form>
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
