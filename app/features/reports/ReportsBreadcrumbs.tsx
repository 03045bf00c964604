import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { usePageLanguage } from "~/platform/i18n/use-page-language";

/** Back to the trainer area and, on a single report, to the list of reports. */
export function ReportsBreadcrumbs({ inReport }: { inReport: boolean }) {
  const { t } = useTranslation();
  const language = usePageLanguage();
  return (
    <nav className="breadcrumbs" aria-label={t("reports.index.title")}>
      <Link to={`/${language}/trainer`}>{t("reports.backToTrainer")}</Link>
      {inReport ? (
        <>
          {" › "}
          <Link to={`/${language}/trainer/reports`}>{t("reports.backToReports")}</Link>
        </>
      ) : null}
    </nav>
  );
}
