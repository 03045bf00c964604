import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { ListTable } from "~/platform/shell/ListTable";
import { titleFromLoader } from "~/platform/shell/page-title";
import { pendingTranslations } from "../../translations.server";
import { formatMonth } from "../../vocabulary";
import { StatusBadge } from "../../StatusBadge";
import type { LinksFunction } from "@remix-run/node";
import { recallsStylesheet } from "../../recalls-stylesheet";

export const links: LinksFunction = () => [recallsStylesheet];

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const t = await getServerT(language);
  const rows = await pendingTranslations();
  return {
    title: await pageTitle(language, t("bulletins.translations.title")),
    rows: rows.map((row) => ({ ...row, monthName: formatMonth(row.month, language), name: (language === "zh" && row.nameZh) || row.nameEn || row.nameZh })),
  };
}

export default function Translations() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { rows } = useLoaderData<typeof loader>();
  return (
    <section>
      <p className="breadcrumbs">
        <Link to={`/${language}/trainer/bulletins`}>{t("bulletins.trainer.title")}</Link>
      </p>
      <h1>{t("bulletins.translations.title")}</h1>
      <p className="lead">{t("bulletins.translations.lead")}</p>
      <ListTable
        testId="pending-translations"
        columns={[
          t("bulletins.translations.recall"),
          t("bulletins.translations.month"),
          t("bulletins.translations.chinese"),
          t("bulletins.translations.english"),
        ]}
        empty={t("bulletins.translations.empty")}
        rowCount={rows.length}
      >
        {rows.map((row) => (
          <tr key={row.id} data-testid={`pending-${row.recallNumber}`}>
            <td>
              <Link to={`/${language}/trainer/translations/${row.id}`} aria-label={`${t("bulletins.translations.translate")} ${row.recallNumber}`}>
                {row.recallNumber}
              </Link>
              {row.sample ? <span className="badge badge--sample">{t("bulletins.sample.badge")}</span> : null}
              <br />
              <span className="muted">{row.name}</span>
            </td>
            <td>{row.monthName}</td>
            <td>
              <StatusBadge status={row.statuses.zh} />
            </td>
            <td>
              <StatusBadge status={row.statuses.en} />
            </td>
          </tr>
        ))}
      </ListTable>
    </section>
  );
}
