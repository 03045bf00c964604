import { useTranslation } from "react-i18next";

/** The warning that a page shows invented demonstration recalls, not real ones. */
export function SampleNotice() {
  const { t } = useTranslation();
  return (
    <div className="alert alert--info sample-notice" role="note" data-testid="sample-notice">
      <strong>{t("bulletins.sample.title")}</strong>
      <p>{t("bulletins.sample.body")}</p>
    </div>
  );
}
