import { Link, useLocation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { htmlLang, localizePath, otherLanguage, type Language } from "./languages";

/** Goes to the same page in the other language; the server remembers the choice in a cookie. */
export function LanguageSwitcher({ language }: { language: Language }) {
  const { t } = useTranslation();
  const location = useLocation();
  const target = otherLanguage(language);
  return (
    <Link
      reloadDocument
      to={localizePath(`${location.pathname}${location.search}`, target)}
      hrefLang={htmlLang(target)}
      lang={htmlLang(target)}
      title={t("common.language.switchTitle")}
      className="language-switcher"
      data-testid="language-switcher"
    >
      {t("common.language.switchLabel")}
    </Link>
  );
}
