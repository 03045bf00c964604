import { Form, Link, NavLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { canTrain } from "~/platform/access/roles";
import { LanguageSwitcher } from "~/platform/i18n/LanguageSwitcher";
import type { Language } from "~/platform/i18n/languages";
import { useRootData } from "./use-root-data";

export function SiteHeader({ language }: { language: Language }) {
  const { t } = useTranslation();
  const user = useRootData()?.user;
  const links = [
    { to: "courses", label: t("common.nav.courses") },
    { to: "trainings", label: t("common.nav.trainings") },
    { to: "webinars", label: t("common.nav.webinars") },
    { to: "resources", label: t("common.nav.resources") },
    { to: "bulletins", label: t("common.nav.bulletins") },
    { to: "learning", label: t("common.nav.learning") },
    { to: "verify", label: t("common.nav.verify") },
    ...(user && canTrain(user.role) ? [{ to: "trainer", label: t("common.nav.trainer") }] : []),
  ];
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link to={`/${language}`} className="brand">
          <span className="brand__mark" aria-hidden="true">
            ✓
          </span>
          {t("common.siteName")}
        </Link>
        <div className="site-header__tools">
          <LanguageSwitcher language={language} />
          {user ? (
            <>
              <Link to={`/${language}/account`} className="header-link">
                {t("common.account.profile")}
              </Link>
              <Form method="post" action={`/${language}/logout`} className="inline-form">
                <button type="submit" className="link-button">
                  {t("common.account.logout")}
                </button>
              </Form>
            </>
          ) : (
            <>
              <Link to={`/${language}/login`} className="header-link">
                {t("common.account.login")}
              </Link>
              <Link to={`/${language}/join`} className="button button--small">
                {t("common.account.join")}
              </Link>
            </>
          )}
        </div>
      </div>
      <nav aria-label={t("common.nav.label")} className="site-nav">
        <ul>
          {links.map((link) => (
            <li key={link.to}>
              <NavLink to={`/${language}/${link.to}`} prefetch="intent">
                {link.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
