import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CATEGORIES } from "~/features/courses/content/schema";
import { getServerT } from "~/features/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/features/i18n/route-language.server";
import { usePageLanguage } from "~/features/i18n/use-page-language";
import { titleFromLoader } from "~/features/shell/page-title";
import { formatMonth } from "../schedule";
import { listSessions, readSessionFilters } from "../sessions.server";
import { TrainingCard } from "../TrainingCard";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const filters = readSessionFilters(new URL(request.url));
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("trainings.list.title")), filters, ...(await listSessions(language, filters)) };
}

export default function TrainingList() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { filters, sessions, past, cities, months } = useLoaderData<typeof loader>();
  const filtered = Boolean(filters.city || filters.category || filters.month);
  return (
    <section>
      <h1>{t("trainings.list.title")}</h1>
      <p className="lead">{t("trainings.list.lead")}</p>
      <Form method="get" className="filters" aria-label={t("trainings.list.filtersLabel")}>
        <div className="field">
          <label htmlFor="city">{t("trainings.list.city")}</label>
          <select id="city" name="city" defaultValue={filters.city ?? ""} key={`city-${filters.city}`}>
            <option value="">{t("trainings.list.any")}</option>
            {cities.map((city) => (
              <option key={city.value} value={city.value}>
                {city.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="category">{t("trainings.list.category")}</label>
          <select id="category" name="category" defaultValue={filters.category ?? ""} key={`category-${filters.category}`}>
            <option value="">{t("trainings.list.any")}</option>
            {CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`courses.categories.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="month">{t("trainings.list.month")}</label>
          <select id="month" name="month" defaultValue={filters.month ?? ""} key={`month-${filters.month}`}>
            <option value="">{t("trainings.list.any")}</option>
            {months.map((month) => (
              <option key={month} value={month}>
                {formatMonth(month, language)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("trainings.list.apply")}
        </button>
        {filtered ? (
          <Link to={`/${language}/trainings`} className="filters__clear">
            {t("trainings.list.clear")}
          </Link>
        ) : null}
      </Form>
      <p className="muted" role="status">
        {t("trainings.list.count", { count: sessions.length })}
      </p>
      {sessions.length === 0 ? (
        <p>{t("trainings.list.empty")}</p>
      ) : (
        <ul className="card-grid card-grid--wide">
          {sessions.map((session) => (
            <TrainingCard key={session.id} session={session} language={language} />
          ))}
        </ul>
      )}
      {past.length > 0 ? (
        <>
          <h2>{t("trainings.list.past")}</h2>
          <ul className="card-grid card-grid--wide muted-cards">
            {past.map((session) => (
              <TrainingCard key={session.id} session={session} language={language} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
