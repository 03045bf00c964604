import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { FilterBar } from "~/platform/shell/FilterBar";
import { ListTable } from "~/platform/shell/ListTable";
import { titleFromLoader } from "~/platform/shell/page-title";
import { Pagination } from "~/platform/shell/Pagination";
import { formatSchedule } from "~/features/trainings/schedule";
import { TRAINING_SESSION_STATUSES } from "~/features/trainings/vocabulary";
import { localized } from "~/platform/i18n/localized";
import { pageCount, readPage } from "~/platform/shell/pagination";
import { managedTrainingSessions, readManageFilters } from "~/features/trainings/manage/managed-sessions.server";
import { PERIODS } from "~/features/trainings/manage/periods";
import { TrainingSessionCells } from "~/features/trainings/manage/TrainingSessionCells";
import { trainingSessionStatusOf } from "~/features/trainings/manage/session-status";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const url = new URL(request.url);
  const filters = readManageFilters(url);
  const page = readPage(url);
  const t = await getServerT(language);
  const { rows, total } = await managedTrainingSessions(user, filters, page);
  return {
    title: await pageTitle(language, t("manage.sessions.title")),
    filters,
    page,
    pages: pageCount(total),
    total,
    sessions: rows.map((row) => ({
      id: row.id,
      title: localized(row, "title", language),
      city: localized(row, "city", language),
      schedule: formatSchedule(row.startsAt, row.endsAt, row.timeZone, language),
      status: trainingSessionStatusOf(row.status),
      confirmed: row.confirmedCount,
      capacity: row.capacity,
      waitlisted: row._count.registrations,
      trainers: row.trainers.map((trainer) => trainer.user.name),
    })),
  };
}

export default function ManageSessions() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { search } = useLocation();
  const { filters, page, pages, total, sessions } = useLoaderData<typeof loader>();
  const base = `/${language}/trainer/sessions`;
  return (
    <section>
      <h1>{t("manage.sessions.title")}</h1>
      <p className="actions">
        <Link to={`${base}/new`} className="button">
          {t("manage.sessions.new")}
        </Link>
        <a href={`${base}/export.csv${search}`} className="button button--secondary" download>
          {t("manage.exportCsv")}
        </a>
      </p>
      <FilterBar
        label={t("manage.sessions.filtersLabel")}
        applyLabel={t("manage.filter")}
        clearLabel={t("manage.clearFilters")}
        clearTo={base}
        search={{ name: "q", label: t("manage.sessions.search"), value: filters.q }}
        selects={[
          {
            name: "status",
            label: t("manage.sessions.columns.status"),
            value: filters.status,
            anyLabel: t("manage.any"),
            options: TRAINING_SESSION_STATUSES.map((status) => ({ value: status, label: t(`trainings.status.${status}`) })),
          },
          {
            name: "period",
            label: t("manage.sessions.period"),
            value: filters.period,
            anyLabel: t("manage.any"),
            options: PERIODS.map((period) => ({ value: period, label: t(`manage.sessions.periods.${period}`) })),
          },
        ]}
      />
      <p className="muted" role="status">
        {t("manage.sessions.count", { count: total })}
      </p>
      <ListTable
        testId="managed-sessions"
        columns={[
          t("manage.sessions.columns.title"),
          t("manage.sessions.columns.date"),
          t("manage.sessions.columns.status"),
          t("manage.sessions.columns.registrations"),
          t("manage.sessions.columns.trainers"),
          t("manage.sessions.columns.actions"),
        ]}
        empty={t("manage.sessions.empty")}
        rowCount={sessions.length}
      >
        {sessions.map((session) => (
          <tr key={session.id} data-testid="managed-session">
            <TrainingSessionCells session={session} />
            <td>{t(`trainings.status.${session.status}`)}</td>
            <td>{t("trainer.overview.registrationCounts", { confirmed: session.confirmed, capacity: session.capacity, waitlisted: session.waitlisted })}</td>
            <td>{session.trainers.join(language === "zh" ? "、" : ", ") || "—"}</td>
            <td className="table-actions">
              <Link to={`${base}/${session.id}/edit`}>{t("manage.sessions.edit")}</Link>
              <Link to={`/${language}/trainer/trainings/${session.id}`}>{t("manage.sessions.roster")}</Link>
            </td>
          </tr>
        ))}
      </ListTable>
      <Pagination page={page} pages={pages} />
    </section>
  );
}
