import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { jobRoleOf, roleOf, ROLES } from "~/platform/access/roles";
import { formatDate } from "~/platform/i18n/dates";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { FilterBar } from "~/platform/shell/FilterBar";
import { ListSummary } from "~/platform/shell/ListSummary";
import { ListTable } from "~/platform/shell/ListTable";
import { titleFromLoader } from "~/platform/shell/page-title";
import { Pagination } from "~/platform/shell/Pagination";
import { pageCount, readPage } from "~/platform/shell/pagination";
import { readPeopleQuery, searchPeople } from "../people/people-search.server";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const url = new URL(request.url);
  const query = readPeopleQuery(url);
  const page = readPage(url);
  const t = await getServerT(language);
  const { rows, total } = await searchPeople(query, page);
  return {
    title: await pageTitle(language, t("manage.people.title")),
    query,
    page,
    pages: pageCount(total),
    total,
    people: rows.map((row) => ({
      id: row.id,
      name: row.name,
      email: row.email,
      company: row.company,
      jobRole: jobRoleOf(row.jobRole),
      role: roleOf(row.role),
      joined: formatDate(row.createdAt, language),
      deactivated: Boolean(row.deactivatedAt),
    })),
  };
}

export default function People() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { search } = useLocation();
  const { query, page, pages, total, people } = useLoaderData<typeof loader>();
  const base = `/${language}/trainer/people`;
  return (
    <section>
      <h1>{t("manage.people.title")}</h1>
      <p className="lead">{t("manage.people.lead")}</p>
      <FilterBar
        label={t("manage.people.filtersLabel")}
        applyLabel={t("manage.search")}
        clearLabel={t("manage.clearFilters")}
        clearTo={base}
        search={{ name: "q", label: t("manage.people.search"), value: query.q }}
        selects={[
          {
            name: "role",
            label: t("manage.people.columns.role"),
            value: query.role,
            anyLabel: t("manage.any"),
            options: ROLES.map((role) => ({ value: role, label: t(`common.roles.${role}`) })),
          },
        ]}
      />
      <ListSummary count={t("manage.people.count", { count: total })} csv={{ href: `${base}/export.csv${search}`, label: t("manage.exportCsv") }} />
      <ListTable
        testId="people"
        columns={[
          t("auth.fields.name"),
          t("auth.fields.email"),
          t("auth.fields.company"),
          t("auth.fields.jobRole"),
          t("manage.people.columns.role"),
          t("manage.people.columns.joined"),
        ]}
        empty={t("manage.people.empty")}
        rowCount={people.length}
      >
        {people.map((person) => (
          <tr key={person.id} data-testid="person-row">
            <td>
              <Link to={`${base}/${person.id}`}>{person.name}</Link>
              {person.deactivated ? <span className="badge">{t("manage.people.deactivated")}</span> : null}
            </td>
            <td>{person.email}</td>
            <td>{person.company}</td>
            <td>{t(`common.jobRoles.${person.jobRole}`)}</td>
            <td>{t(`common.roles.${person.role}`)}</td>
            <td>{person.joined}</td>
          </tr>
        ))}
      </ListTable>
      <Pagination page={page} pages={pages} />
    </section>
  );
}
