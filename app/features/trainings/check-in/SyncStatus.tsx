import { useTranslation } from "react-i18next";
import type { SyncOutcome } from "./sync-client";

type Props = {
  online: boolean;
  waiting: number;
  syncing: boolean;
  outcome: SyncOutcome | null;
  pulledAt: string | null;
  formatTime: (value: string) => string;
  loginUrl: string;
  onSync: () => void;
};

/** Says plainly whether the device is offline, how many scans wait, and whether all are synced. */
export function SyncStatus({ online, waiting, syncing, outcome, pulledAt, formatTime, loginUrl, onSync }: Props) {
  const { t } = useTranslation();
  return (
    <section className={online ? "card sync-status" : "card sync-status sync-status--offline"} aria-label={t("checkIn.syncNow")}>
      <p data-testid="connection" role="status">
        <strong>{online ? t("checkIn.online") : t("checkIn.offline")}</strong>
      </p>
      <p data-testid="sync-state" role="status">
        {waiting > 0 ? t("checkIn.waiting", { count: waiting }) : outcome === "synced" ? t("checkIn.allSynced") : null}
        {syncing ? ` ${t("checkIn.syncing")}` : null}
      </p>
      {outcome === "signedOut" ? (
        <p className="alert alert--error">
          {t("checkIn.signedOut")} <a href={loginUrl}>{t("checkIn.signIn")}</a>
        </p>
      ) : null}
      {outcome === "failed" && waiting > 0 ? <p className="alert alert--error">{t("checkIn.syncFailed")}</p> : null}
      <p className="muted">{pulledAt ? t("checkIn.pulledAt", { time: formatTime(pulledAt) }) : t("checkIn.neverPulled")}</p>
      <button type="button" className="button button--secondary" onClick={onSync} disabled={!online || syncing}>
        {t("checkIn.syncNow")}
      </button>
    </section>
  );
}
