import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CATEGORIES } from "~/platform/content/vocabulary";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { FilterBar } from "~/platform/shell/FilterBar";
import { titleFromLoader } from "~/platform/shell/page-title";
import { formatMonth } from "../schedule";
import { listTrainingSessions, readTrainingSessionFilters } from "../training-sessions.server";
import { TrainingCard } from "../TrainingCard";
import type { PublicPageHandle } from "~/platform/http/public-page.server";
import type { LinksFunction } from "@remix-run/node";
import { trainingsStylesheet } from "../trainings-stylesheet";

export const links: LinksFunction = () => [trainingsStylesheet];

export const meta = titleFromLoader;

export const handle: PublicPageHandle = { publicPage: true };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const filters = readTrainingSessionFilters(new URL(request.url));
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("trainings.list.title")), description: t("trainings.list.lead"), filters, ...(await listTrainingSessions(language, filters)) };
}

export default function TrainingList() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { filters, sessions, past, cities, months } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t("trainings.list.title")}</h1>
      <p className="lead">{t("trainings.list.lead")}</p>
      <FilterBar
        label={t("trainings.list.filtersLabel")}
        applyLabel={t("trainings.list.apply")}
        clearLabel={t("trainings.list.clear")}
        clearTo={`/${language}/trainings`}
        selects={[
          { name: "city", label: t("trainings.list.city"), value: filters.city, anyLabel: t("trainings.list.any"), options: cities },
          {
            name: "category",
            label: t("trainings.list.category"),
            value: filters.category,
            anyLabel: t("trainings.list.any"),
            options: CATEGORIES.map((category) => ({ value: category, label: t(`courses.categories.${category}`) })),
          },
          {
            name: "month",
            label: t("trainings.list.month"),
            value: filters.month,
            anyLabel: t("trainings.list.any"),
            options: months.map((month) => ({ value: month, label: formatMonth(month, language) })),
          },
        ]}
      />
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
