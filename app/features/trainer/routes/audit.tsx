import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AUDIT_ACTIONS, auditActionKey } from "~/platform/audit/audit-actions";
import { requireAdmin } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { FilterBar } from "~/platform/shell/FilterBar";
import { ListSummary } from "~/platform/shell/ListSummary";
import { ListTable } from "~/platform/shell/ListTable";
import { titleFromLoader } from "~/platform/shell/page-title";
import { Pagination } from "~/platform/shell/Pagination";
import { pageCount, readPage } from "~/platform/shell/pagination";
import { auditView } from "../audit/audit-format.server";
import { auditEntries, readAuditFilter } from "../audit/audit-query.server";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireAdmin(request);
  const url = new URL(request.url);
  const filter = readAuditFilter(url);
  const page = readPage(url);
  const t = await getServerT(language);
  const { rows, total } = await auditEntries(filter, page);
  return {
    title: await pageTitle(language, t("manage.audit.title")),
    filter,
    page,
    pages: pageCount(total),
    total,
    entries: rows.map((row) => auditView(row, t, language)),
  };
}

/** Where an audited record can be looked at, if anywhere. */
function targetLink(language: string, type: string, id: string): string | null {
  if (type === "session") return `/${language}/trainer/sessions/${id}/edit`;
  if (type === "user") return `/${language}/trainer/people/${id}`;
  return null;
}

export default function AuditLog() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { search } = useLocation();
  const { filter, page, pages, total, entries } = useLoaderData<typeof loader>();
  const base = `/${language}/trainer/audit`;
  return (
    <section>
      <h1>{t("manage.audit.title")}</h1>
      <p className="lead">{t("manage.audit.lead")}</p>
      <FilterBar
        label={t("manage.audit.filtersLabel")}
        applyLabel={t("manage.filter")}
        clearLabel={t("manage.clearFilters")}
        clearTo={base}
        selects={[
          {
            name: "action",
            label: t("manage.audit.columns.action"),
            value: filter.action,
            anyLabel: t("manage.any"),
            options: AUDIT_ACTIONS.map((action) => ({ value: action, label: t(`manage.audit.actions.${auditActionKey(action)}`) })),
          },
        ]}
      />
      <ListSummary count={t("manage.audit.count", { count: total })} csv={{ href: `${base}/export.csv${search}`, label: t("manage.exportCsv") }} />
      <ListTable
        testId="audit-log"
        columns={[
          t("manage.audit.columns.when"),
          t("manage.audit.columns.who"),
          t("manage.audit.columns.action"),
          t("manage.audit.columns.target"),
          t("manage.audit.columns.details"),
        ]}
        empty={t("manage.audit.empty")}
        rowCount={entries.length}
      >
        {entries.map((entry) => {
          const link = targetLink(language, entry.targetType, entry.targetId);
          return (
            <tr key={entry.id} data-testid="audit-entry">
              <td>{entry.when}</td>
              <td>{entry.actor ? <Link to={`/${language}/trainer/people/${entry.actor.id}`}>{entry.actor.name}</Link> : "—"}</td>
              <td>{entry.action}</td>
              <td>
                {link ? <Link to={link}>{entry.targetLabel}</Link> : entry.targetLabel}
                <br />
                <span className="mono muted">{entry.targetId.slice(0, 10)}</span>
              </td>
              <td className="audit-details">{entry.details}</td>
            </tr>
          );
        })}
      </ListTable>
      <Pagination page={page} pages={pages} />
    </section>
  );
}
