import { useTranslation } from "react-i18next";
import type { QueuedChange } from "./device-store";

/** Changes the server refused, each with its reason, until the trainer dismisses them. */
export function RefusedChanges({ refused, onDismiss }: { refused: QueuedChange[]; onDismiss: (id: string) => void }) {
  const { t } = useTranslation();
  if (refused.length === 0) return null;
  return (
    <section className="card" aria-labelledby="refused-heading" data-testid="refused">
      <h2 id="refused-heading">{t("checkIn.refusedTitle")}</h2>
      <p className="muted">{t("checkIn.refusedLead")}</p>
      <ul className="refused-list">
        {refused.map((queued) => (
          <li key={queued.id} data-testid="refused-change">
            <span>{t("checkIn.refusedItem", { kind: t(`checkIn.kinds.${queued.change.kind}`), name: queued.label, reason: t(`checkIn.refused.${queued.reason ?? "invalidChange"}`) })}</span>{" "}
            <button type="button" className="button button--small button--secondary" onClick={() => onDismiss(queued.id)}>
              {t("checkIn.dismiss")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
