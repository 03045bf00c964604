import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "../page-title";
import type { PublicPageHandle } from "~/platform/http/public-page.server";

export const meta = titleFromLoader;

export const handle: PublicPageHandle = { publicPage: true };

export async function loader({ params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("home.title")), description: t("home.hero.lead") };
}

const SECTIONS = ["courses", "trainings", "webinars", "verify"] as const;

export default function Home() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  return (
    <>
      <section className="hero">
        <p className="hero__eyebrow">{t("home.hero.eyebrow")}</p>
        <h1>{t("home.hero.title")}</h1>
        <p className="lead">{t("home.hero.lead")}</p>
        <p className="hero__actions">
          <Link to={`/${language}/courses`} className="button">
            {t("home.hero.primary")}
          </Link>
          <Link to={`/${language}/trainings`} className="button button--secondary">
            {t("home.hero.secondary")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="sections-title">
        <h2 id="sections-title">{t("home.sections.title")}</h2>
        <ul className="card-grid">
          {SECTIONS.map((section) => (
            <li key={section} className="card">
              <h3>
                <Link to={`/${language}/${section}`}>{t(`home.sections.${section}.title`)}</Link>
              </h3>
              <p>{t(`home.sections.${section}.body`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section className="about">
        <h2>{t("home.about.title")}</h2>
        <p>{t("home.about.body")}</p>
      </section>
    </>
  );
}
