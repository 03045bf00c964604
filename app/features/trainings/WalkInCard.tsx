import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The walk-in card of the roster and of the offline check-in page, around the page's own walk-in form. */
export function WalkInCard({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="walk-in-heading">
      <h2 id="walk-in-heading">{t("trainings.roster.walkInTitle")}</h2>
      <p className="muted">{t("trainings.roster.walkInLead")}</p>
      {children}
    </section>
  );
}
