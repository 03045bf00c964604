import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { usePageLanguage } from "~/features/i18n/use-page-language";

export function SiteFooter() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  return (
    <footer className="site-footer">
      <p>{t("common.footer.about")}</p>
      <p className="muted">{t("common.footer.notice")}</p>
      <p>
        <Link to={`/${language}/privacy`}>{t("privacy.linkLabel")}</Link>
      </p>
    </footer>
  );
}
