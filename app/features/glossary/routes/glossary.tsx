import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import type { PublicPageHandle } from "~/platform/http/public-page.server";
import { FilterBar } from "~/platform/shell/FilterBar";
import { titleFromLoader } from "~/platform/shell/page-title";
import { readGlossaryQuery, searchGlossary } from "../glossary.server";
import { TERM_ANCHOR_PREFIX } from "../term-anchor";
import type { LinksFunction } from "@remix-run/node";
import { glossaryStylesheet } from "../glossary-stylesheet";

export const links: LinksFunction = () => [glossaryStylesheet];

export const meta = titleFromLoader;

export const handle: PublicPageHandle = { publicPage: true };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const q = readGlossaryQuery(new URL(request.url));
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("glossary.title")), q, entries: await searchGlossary(language, q) };
}

export default function Glossary() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { q, entries } = useLoaderData<typeof loader>();
  return (
    <section className="glossary">
      <h1>{t("glossary.title")}</h1>
      <p className="lead">{t("glossary.lead")}</p>
      <FilterBar
        label={t("glossary.searchLabel")}
        search={{ name: "q", label: t("glossary.query"), value: q, hint: t("glossary.queryHint") }}
        applyLabel={t("glossary.apply")}
        clearLabel={t("glossary.clear")}
        clearTo={`/${language}/glossary`}
        selects={[]}
      />
      <p className="muted" role="status" data-testid="glossary-count">
        {q ? t("glossary.countFor", { count: entries.length, q }) : t("glossary.count", { count: entries.length })}
      </p>
      {entries.length === 0 ? (
        <p>{t("glossary.empty")}</p>
      ) : (
        <dl className="glossary__list">
          {entries.map((entry) => {
            const zh = (
              <span lang="zh-CN" className={language === "zh" ? "glossary__term" : "glossary__other"}>
                {entry.zh}
              </span>
            );
            const en = (
              <span lang="en" className={language === "en" ? "glossary__term" : "glossary__other"}>
                {entry.en}
              </span>
            );
            return (
              <div key={entry.id} id={`${TERM_ANCHOR_PREFIX}${entry.id}`} className="glossary__entry" data-testid="glossary-entry">
                <dt>
                  {language === "zh" ? zh : en}
                  {language === "zh" ? en : zh}
                </dt>
                <dd>{entry.note}</dd>
                {entry.rejected.length > 0 ? (
                  <dd className="glossary__avoid muted">
                    {t("glossary.avoid")} <span lang="zh-CN">{entry.rejected.join("、")}</span>
                  </dd>
                ) : null}
              </div>
            );
          })}
        </dl>
      )}
    </section>
  );
}
