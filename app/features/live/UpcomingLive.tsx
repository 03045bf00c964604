import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { isCategory } from "~/platform/content/vocabulary";
import type { Language } from "~/platform/i18n/languages";
import { Countdown } from "./Countdown";
import type { liveSummary } from "./live-webinars.server";
import { LiveStatusBadge } from "./LiveStatusBadge";
import { LiveTimes } from "./LiveTimes";

type Summary = ReturnType<typeof liveSummary>;

/** The "Upcoming live" list on the webinars page; nothing when none is scheduled. */
export function UpcomingLive({ webinars, language }: { webinars: Summary[]; language: Language }) {
  const { t } = useTranslation();
  if (webinars.length === 0) return null;
  return (
    <section aria-labelledby="upcoming-live" className="upcoming-live">
      <h2 id="upcoming-live">{t("live.list.title")}</h2>
      <ul className="card-grid card-grid--wide">
        {webinars.map((webinar) => (
          <li key={webinar.id} className="card live-card" data-testid="live-card">
            <p className="course-card__category">
              {isCategory(webinar.category) ? t(`courses.categories.${webinar.category}`) : null}
              <LiveStatusBadge status={webinar.status} />
            </p>
            <h3 className="course-card__title">
              <Link to={`/${language}/live/${webinar.id}`}>{webinar.title}</Link>
            </h3>
            <LiveTimes startsAt={webinar.startsAt} endsAt={webinar.endsAt} language={language} />
            {webinar.status === "scheduled" ? <Countdown startsAt={webinar.startsAt} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
