import { useTranslation } from "react-i18next";
import { usePageLanguage } from "~/platform/i18n/use-page-language";

/** Download and verification links for one certificate, shown wherever a completion is. */
export function CertificateLinks({ number }: { number: string }) {
  const { t } = useTranslation();
  const language = usePageLanguage();
  return (
    <div className="certificate-links" data-testid="certificate-links">
      <span>{t("certificates.download.number", { number })}</span>
      <a className="button" href={`/certificates/${number}.pdf`} download data-testid="certificate-pdf">
        {t("certificates.download.pdf")}
      </a>
      <a className="button button--secondary" href={`/${language}/verify/${number}`}>
        {t("certificates.download.verify")}
      </a>
    </div>
  );
}
