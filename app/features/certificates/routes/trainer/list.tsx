import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { formatDate } from "~/platform/i18n/dates";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { ListSummary } from "~/platform/shell/ListSummary";
import { ListTable } from "~/platform/shell/ListTable";
import { titleFromLoader } from "~/platform/shell/page-title";
import { localized } from "~/platform/i18n/localized";
import { ACHIEVEMENT_TYPES, achievementTypeOf } from "../../achievement-types";
import { listCertificates, PAGE_SIZE, readCertificateFilter } from "../../certificate-list.server";

export const meta = titleFromLoader;

/** Every certificate, filterable by status, type and number or name. Trainers and admins. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const t = await getServerT(language);
  const url = new URL(request.url);
  const filter = readCertificateFilter(url);
  const { rows, total } = await listCertificates(filter);
  return {
    title: await pageTitle(language, t("certificates.admin.title")),
    filter,
    total,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    query: url.search,
    certificates: rows.map((row) => ({
      number: row.number,
      holderName: row.holderName,
      kind: achievementTypeOf(row.achievementType),
      title: localized(row, "title", language),
      issuedAt: row.issuedAt,
      revokedAt: row.revokedAt,
    })),
  };
}

export default function CertificateList() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { filter, total, pages, query, certificates } = useLoaderData<typeof loader>();
  const base = `/${language}/trainer/certificates`;
  const pageLink = (page: number) => {
    const params = new URLSearchParams(query);
    params.set("page", String(page));
    return `${base}?${params.toString()}`;
  };
  return (
    <section>
      <h1>{t("certificates.admin.title")}</h1>
      <p className="lead">{t("certificates.admin.lead")}</p>
      <Form method="get" className="filters" aria-label={t("certificates.admin.filter")}>
        <div className="field">
          <label htmlFor="filter-q">{t("certificates.admin.search")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={filter.q} key={filter.q} />
        </div>
        <div className="field">
          <label htmlFor="filter-status">{t("certificates.admin.status")}</label>
          <select id="filter-status" name="status" defaultValue={filter.status ?? ""} key={filter.status}>
            <option value="">{t("certificates.admin.all")}</option>
            <option value="valid">{t("certificates.admin.statuses.valid")}</option>
            <option value="revoked">{t("certificates.admin.statuses.revoked")}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-kind">{t("certificates.admin.kind")}</label>
          <select id="filter-kind" name="kind" defaultValue={filter.kind ?? ""} key={filter.kind}>
            <option value="">{t("certificates.admin.all")}</option>
            {ACHIEVEMENT_TYPES.map((kind) => (
              <option key={kind} value={kind}>
                {t(`certificates.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t("certificates.admin.filter")}
        </button>
      </Form>
      <ListSummary count={t("certificates.admin.showing", { count: total })} csv={{ href: `${base}/export.csv${query}`, label: t("certificates.admin.exportCsv") }} />
      <ListTable
        testId="certificate-table"
        columns={[
          t("certificates.admin.number"),
          t("certificates.admin.holder"),
          t("certificates.admin.achievement"),
          t("certificates.admin.issuedAt"),
          t("certificates.admin.status"),
        ]}
        empty={t("certificates.admin.none")}
        rowCount={certificates.length}
      >
        {certificates.map((certificate) => (
          <tr key={certificate.number}>
            <td>
              <Link to={`${base}/${certificate.number}`} className="mono">
                {certificate.number}
              </Link>
            </td>
            <td>{certificate.holderName}</td>
            <td>
              <span className="muted">{t(`certificates.kinds.${certificate.kind}`)}</span> {certificate.title}
            </td>
            <td>{formatDate(certificate.issuedAt, language)}</td>
            <td>{certificate.revokedAt ? t("certificates.admin.statuses.revoked") : t("certificates.admin.statuses.valid")}</td>
          </tr>
        ))}
      </ListTable>
      {pages > 1 ? (
        <nav className="pagination" aria-label={t("certificates.admin.pagination")}>
          {filter.page > 1 ? <Link to={pageLink(filter.page - 1)}>{t("certificates.admin.previous")}</Link> : null}
          <span>{t("certificates.admin.pageOf", { page: filter.page, pages })}</span>
          {filter.page < pages ? <Link to={pageLink(filter.page + 1)}>{t("certificates.admin.next")}</Link> : null}
        </nav>
      ) : null}
    </section>
  );
}
