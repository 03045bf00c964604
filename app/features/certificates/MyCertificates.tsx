import { useTranslation } from "react-i18next";
import { ConfirmEmailNotice } from "~/features/auth/ConfirmEmailNotice";
import { formatDate } from "~/platform/i18n/dates";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { achievementTypeOf } from "./achievement-types";
import { CertificateLinks } from "./CertificateLinks";

type Held = { number: string; type: string; title: string; completedOn: Date | string; revokedAt: Date | string | null };

/** The "My certificates" section of My learning; an unconfirmed account is told that confirming issues them. */
export function MyCertificates({ certificates, emailConfirmed }: { certificates: Held[]; emailConfirmed: boolean }) {
  const { t } = useTranslation();
  const language = usePageLanguage();
  return (
    <>
      <h2>{t("certificates.learning.title")}</h2>
      {emailConfirmed ? null : <ConfirmEmailNotice reason="certificates" />}
      {certificates.length === 0 ? (
        <p>{t("certificates.learning.none")}</p>
      ) : (
        <ul className="learning-list" data-testid="my-certificates">
          {certificates.map((certificate) => (
            <li key={certificate.number} className="card">
              <p className="muted">{t(`certificates.kinds.${achievementTypeOf(certificate.type)}`)}</p>
              <h3>{certificate.title}</h3>
              <p className="muted">{formatDate(certificate.completedOn, language)}</p>
              {certificate.revokedAt ? (
                <p className="alert alert--error">{t("certificates.learning.revoked", { date: formatDate(certificate.revokedAt, language) })}</p>
              ) : (
                <CertificateLinks number={certificate.number} />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
