import { useFetcher } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import type { Translation } from "~/locales";
import type { action } from "./routes/confirmation";

type Reason = keyof Translation["auth"]["confirmFirst"]["reasons"];

/**
 * Shown where an unconfirmed account is asked to confirm its address first
 * (registering for a training, the bulletin, certificates), with a button
 * that mails the link again without leaving the page.
 */
export function ConfirmEmailNotice({ reason }: { reason: Reason }) {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const fetcher = useFetcher<typeof action>();
  const result = fetcher.data;
  return (
    <div className="alert alert--info" data-testid="confirm-email-first">
      <p>
        <strong>{t("auth.confirmFirst.title")}</strong> {t(`auth.confirmFirst.reasons.${reason}`)}
      </p>
      {result ? (
        <p role="status">{result.message}</p>
      ) : (
        <fetcher.Form method="post" action={`/${language}/account/confirmation`}>
          <button type="submit" className="button button--secondary button--small" disabled={fetcher.state !== "idle"}>
            {t("auth.confirmFirst.resend")}
          </button>
        </fetcher.Form>
      )}
    </div>
  );
}
