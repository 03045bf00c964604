import { useTranslation } from "react-i18next";

/** "We have sent a mail to …": the status shown after any form that mails a link. */
export function MailSentPanel({ email, children }: { email?: string; children?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="alert alert--success" role="status" data-testid="mail-sent">
      <strong>{email ? t("auth.mailSent.to", { email }) : t("auth.mailSent.generic")}</strong>
      {children}
    </div>
  );
}
