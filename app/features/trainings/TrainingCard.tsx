import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isCategory } from "~/platform/content/vocabulary";
import type { Language } from "~/platform/i18n/languages";
import type { trainingSessionSummary } from "./training-sessions.server";

type Summary = ReturnType<typeof trainingSessionSummary>;

export function TrainingCard({ session, language }: { session: Summary; language: Language }) {
  const { t } = useTranslation();
  return (
    <li className="card training-card" data-testid="training-card">
      <p className="course-card__category">
        {session.city}
        {isCategory(session.category) ? ` · ${t(`courses.categories.${session.category}`)}` : ""}
      </p>
      <h2 className="course-card__title">
        <Link to={`/${language}/trainings/${session.id}`}>{session.title}</Link>
      </h2>
      <p>
        <strong>{session.schedule.date}</strong>
        <br />
        {session.schedule.time} ({session.schedule.zone})
      </p>
      <p className={session.state === "open" && session.seatsLeft > 0 ? "seats" : "seats seats--full"}>
        {session.state !== "open"
          ? t(`trainings.status.${session.state}`)
          : session.seatsLeft > 0
            ? t("trainings.list.seatsLeft", { count: session.seatsLeft })
            : t("trainings.list.full")}
      </p>
    </li>
  );
}
