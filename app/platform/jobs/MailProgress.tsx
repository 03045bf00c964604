import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { BatchProgress } from "./job-reports.server";
import { useRevalidateWhile } from "./use-revalidate-while";

const REFRESH_MS = 2_000;

/**
 * "37 of 120 mails sent" for a bulk action, with a progress bar; the page's
 * data refreshes every two seconds until no mail is left to send. Failures
 * link to the outbox for those who may open it.
 */
export function MailProgress({ progress, outbox }: { progress: BatchProgress; outbox?: string }) {
  const { t } = useTranslation();
  useRevalidateWhile(progress.open > 0, REFRESH_MS);
  return (
    <div className="mail-progress" data-testid="mail-progress">
      <p role="status">{t("jobs.progress.sent", { sent: progress.sent, total: progress.total })}</p>
      <progress max={Math.max(progress.total, 1)} value={progress.sent} aria-label={t("jobs.progress.label")} />
      {progress.failed > 0 ? (
        <p className="mail-progress__failed">
          {t("jobs.progress.failed", { count: progress.failed })} {outbox ? <Link to={outbox}>{t("jobs.progress.outbox")}</Link> : null}
        </p>
      ) : null}
    </div>
  );
}
