import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { usePageLanguage } from "~/platform/i18n/use-page-language";

export function SiteFooter() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  return (
    <footer className="site-footer">
      <nav aria-label={t("common.footer.links")}>
        <p>
          <Link to={`/${language}/glossary`}>{t("common.footer.glossary")}</Link>
        </p>
      </nav>
      <p>{t("common.footer.about")}</p>
      <p className="muted">{t("common.footer.notice")}</p>
      <p>
        <Link to={`/${language}/privacy`}>{t("privacy.linkLabel")}</Link>
      </p>
    </footer>
  );
}
