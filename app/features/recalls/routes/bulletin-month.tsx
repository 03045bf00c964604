import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getOptionalUser } from "~/features/auth/guards.server";
import { canTrain } from "~/platform/access/roles";
import { isCategory } from "~/platform/content/vocabulary";
import { formatDate } from "~/platform/i18n/dates";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { bulletinFor } from "../bulletins.server";
import { HazardChart } from "../HazardChart";
import { PrintButton } from "../PrintButton";
import { SampleNotice } from "../SampleNotice";
import { countryName, formatMonth, isHazardKind, isMonth, unitsText } from "../vocabulary";
import type { PublicPageHandle } from "~/platform/http/public-page.server";
import { notFound } from "~/platform/http/responses";
import type { LinksFunction } from "@remix-run/node";
import { recallsStylesheet } from "../recalls-stylesheet";

export const links: LinksFunction = () => [recallsStylesheet];

export const meta = titleFromLoader;

/** A published month for everyone; an unpublished one only for trainers (as a preview). */
export const handle: PublicPageHandle = { publicPage: true };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  if (!isMonth(params.month)) throw notFound();
  const [bulletin, user] = await Promise.all([bulletinFor(params.month, language), getOptionalUser(request)]);
  const preview = Boolean(user && canTrain(user.role));
  if (!bulletin || (!bulletin.publishedAt && !preview)) throw notFound();
  const t = await getServerT(language);
  const monthName = formatMonth(bulletin.month, language);
  return {
    title: await pageTitle(language, t("bulletins.month.title", { month: monthName })),
    description: t("bulletins.month.lead", { month: monthName }),
    monthName,
    published: Boolean(bulletin.publishedAt),
    sample: bulletin.sample,
    count: bulletin.recalls.length,
    hazards: bulletin.hazards,
    categories: bulletin.categories.map((group) => ({
      category: group.category,
      recalls: group.recalls.map((recall) => ({
        ...recall,
        recallDate: formatDate(recall.recallDate, language),
        units: unitsText(recall.units, language),
        countries: recall.countries.map((country) => countryName(country, language)),
      })),
    })),
  };
}

export default function BulletinMonth() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { monthName, published, sample, count, hazards, categories } = useLoaderData<typeof loader>();
  const categoryName = (category: string) => (isCategory(category) ? t(`courses.categories.${category}`) : category);
  return (
    <article className="bulletin">
      <p className="breadcrumbs no-print">
        <Link to={`/${language}/bulletins`}>{t("bulletins.month.back")}</Link>
      </p>
      <h1>{t("bulletins.month.title", { month: monthName })}</h1>
      {published ? null : <div className="alert alert--info" data-testid="unpublished-notice">{t("bulletins.month.notPublished")}</div>}
      {sample ? <SampleNotice /> : null}
      <p className="lead">{t("bulletins.month.lead", { month: monthName })}</p>
      <p data-testid="bulletin-count">
        <strong>{t("bulletins.month.count", { count })}</strong>
      </p>
      <PrintButton label={t("bulletins.month.print")} />

      <div className="bulletin__summary">
        <section aria-labelledby="categories-heading">
          <h2 id="categories-heading">{t("bulletins.month.byCategory")}</h2>
          <ul className="bulletin__counts" data-testid="category-counts">
            {categories.map((group) => (
              <li key={group.category}>
                <a href={`#category-${group.category}`}>{t("bulletins.month.categoryCount", { category: categoryName(group.category), count: group.recalls.length })}</a>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="hazards-heading">
          <h2 id="hazards-heading">{t("bulletins.month.hazards")}</h2>
          <HazardChart
            title={t("bulletins.month.chartTitle", { month: monthName })}
            bars={hazards.map((entry) => ({ label: isHazardKind(entry.kind) ? t(`bulletins.hazards.${entry.kind}`) : entry.kind, count: entry.count }))}
          />
        </section>
      </div>

      {categories.map((group) => (
        <section key={group.category} id={`category-${group.category}`} aria-labelledby={`heading-${group.category}`} className="bulletin__category">
          <h2 id={`heading-${group.category}`}>{t("bulletins.month.categoryCount", { category: categoryName(group.category), count: group.recalls.length })}</h2>
          {group.recalls.map((recall) => (
            <article key={recall.id} className="recall" data-testid={`recall-${recall.recallNumber}`}>
              <h3>
                {recall.text ? recall.text.name : <span className="pending">{t("bulletins.month.pending")}</span>}
                {recall.sample ? <span className="badge badge--sample">{t("bulletins.sample.badge")}</span> : null}
              </h3>
              <dl className="recall__facts">
                <dt>{t("bulletins.month.recallNumber")}</dt>
                <dd>{recall.recallNumber}</dd>
                <dt>{t("bulletins.month.date")}</dt>
                <dd>{recall.recallDate}</dd>
                <dt>{t("bulletins.month.units")}</dt>
                <dd>{recall.units || t("bulletins.month.unknown")}</dd>
                <dt>{t("bulletins.month.countries")}</dt>
                <dd>{recall.countries.join(language === "zh" ? "、" : ", ") || t("bulletins.month.unknown")}</dd>
                <dt>{t("bulletins.month.hazard")}</dt>
                <dd>
                  <span className="badge">{isHazardKind(recall.hazardKind) ? t(`bulletins.hazards.${recall.hazardKind}`) : recall.hazardKind}</span>{" "}
                  {recall.text ? recall.text.hazard : <span className="pending">{t("bulletins.month.pending")}</span>}
                </dd>
                <dt>{t("bulletins.month.remedy")}</dt>
                <dd>{recall.text ? recall.text.remedy : <span className="pending">{t("bulletins.month.pending")}</span>}</dd>
                <dt>{t("bulletins.month.source")}</dt>
                <dd>
                  <a href={recall.sourceUrl} rel="noopener noreferrer" className="recall__source">
                    {t("bulletins.month.sourceLink")}
                  </a>
                  <span className="print-only"> {recall.sourceUrl}</span>
                </dd>
              </dl>
            </article>
          ))}
        </section>
      ))}
    </article>
  );
}
