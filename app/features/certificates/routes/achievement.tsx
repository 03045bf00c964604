import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import type { PublicPageHandle } from "~/platform/http/public-page.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import { isAchievementType } from "../achievement-types";
import { findAchievementByKey } from "../achievements.server";
import { notFound } from "~/platform/http/responses";
import type { LinksFunction } from "@remix-run/node";
import { certificatesStylesheet } from "../certificates-stylesheet";

export const links: LinksFunction = () => [certificatesStylesheet];

export const meta = titleFromLoader;

export const handle: PublicPageHandle = { publicPage: true };

/** What a certificate is awarded for, at the stable address its credential names: both languages on one page. */
export async function loader({ params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const type = params.type ?? "";
  const achievement = isAchievementType(type) ? await findAchievementByKey(type, params.key ?? "") : null;
  if (!achievement) throw notFound();
  const [zh, en] = await Promise.all([getServerT("zh"), getServerT("en")]);
  const title = language === "zh" ? achievement.titleZh : achievement.titleEn;
  return {
    title: await pageTitle(language, title),
    description: language === "zh" ? achievement.descriptionZh : achievement.descriptionEn,
    achievement: {
      type: achievement.type,
      pagePath: achievement.pagePath,
      issuers: achievement.issuers,
      zh: { title: achievement.titleZh, description: achievement.descriptionZh, criteria: zh(`certificates.achievement.criteria.${achievement.type}`) },
      en: { title: achievement.titleEn, description: achievement.descriptionEn, criteria: en(`certificates.achievement.criteria.${achievement.type}`) },
    },
  };
}

export default function AchievementPage() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { achievement } = useLoaderData<typeof loader>();
  const other = language === "zh" ? "en" : "zh";
  return (
    <article className="narrow achievement" data-testid="achievement">
      <p className="course-card__category">
        {t("certificates.achievement.eyebrow")} · {t(`certificates.kinds.${achievement.type}`)}
      </p>
      <h1>{achievement[language].title}</h1>
      <p className="lead">{achievement[language].description}</p>
      <h2>{t("certificates.achievement.criteriaHeading")}</h2>
      <p>{achievement[language].criteria}</p>
      <h2>{t("certificates.achievement.issuedBy")}</h2>
      <ul>
        {achievement.issuers.map((issuer) => (
          <li key={issuer.en}>{issuer[language]}</li>
        ))}
      </ul>
      <section lang={other === "zh" ? "zh-CN" : "en"} className="achievement__other-language" aria-labelledby="other-language-heading">
        <h2 id="other-language-heading">{achievement[other].title}</h2>
        <p>{achievement[other].description}</p>
        <p>{achievement[other].criteria}</p>
      </section>
      <p>
        <Link to={`/${language}${achievement.pagePath}`}>{t(`certificates.achievement.open.${achievement.type}`)}</Link>
      </p>
    </article>
  );
}
