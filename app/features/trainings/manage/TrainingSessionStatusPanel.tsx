import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { TrainingSessionStatus } from "~/features/trainings/vocabulary";

/** The session's registration status with the buttons that change it. */
export function TrainingSessionStatusPanel({ status, cancelTo }: { status: TrainingSessionStatus; cancelTo: string }) {
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="status-heading">
      <h2 id="status-heading">{t("manage.sessionStatus.title")}</h2>
      <p data-testid="session-status">{t(`trainings.status.${status}`)}</p>
      {status === "cancelled" ? (
        <p className="muted">{t("manage.sessionStatus.cancelledNote")}</p>
      ) : (
        <div className="actions">
          <Form method="post">
            <input type="hidden" name="intent" value={status === "open" ? "close" : "reopen"} />
            <button type="submit" className="button button--secondary">
              {t(status === "open" ? "manage.sessionStatus.close" : "manage.sessionStatus.reopen")}
            </button>
          </Form>
          <Link to={cancelTo} className="button button--danger">
            {t("manage.sessionStatus.cancel")}
          </Link>
        </div>
      )}
    </section>
  );
}
