import { useTranslation } from "react-i18next";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <p>{t("common.footer.about")}</p>
      <p className="muted">{t("common.footer.notice")}</p>
    </footer>
  );
}
