import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Language } from "~/platform/i18n/languages";
import type { CatalogCard } from "./catalog.server";
import { isAudience, isCategory } from "~/platform/content/vocabulary";
import { ProgressBar } from "./ProgressBar";

export function CourseCard({ card, language }: { card: CatalogCard; language: Language }) {
  const { t } = useTranslation();
  return (
    <li className="card course-card" data-testid="course-card">
      <p className="course-card__category">{isCategory(card.category) ? t(`courses.categories.${card.category}`) : card.category}</p>
      <h2 className="course-card__title">
        <Link to={`/${language}/courses/${card.slug}`}>{card.title}</Link>
      </h2>
      <p>{card.summary}</p>
      <p className="course-card__facts">
        <span>{t("courses.minutes", { count: card.estimatedMinutes })}</span>
        <span>{t("courses.moduleCount", { count: card.moduleCount })}</span>
      </p>
      <p className="muted">
        {card.audiences.filter(isAudience).map((audience) => t(`courses.audiences.${audience}`)).join(" · ")}
      </p>
      {card.progress ? (
        <div className="course-card__progress">
          <ProgressBar done={card.progress.completedModules} total={card.moduleCount} />
          <span>
            {card.progress.completed
              ? t("courses.catalog.completed")
              : card.progress.started
                ? t("courses.catalog.progress", { done: card.progress.completedModules, total: card.moduleCount })
                : t("courses.catalog.notStarted")}
          </span>
        </div>
      ) : null}
    </li>
  );
}
