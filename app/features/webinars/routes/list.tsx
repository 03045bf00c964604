import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getOptionalUser } from "~/features/auth/guards.server";
import { formatDate } from "~/platform/i18n/dates";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { upcomingLiveWebinars } from "~/features/live/live-webinars.server";
import { UpcomingLive } from "~/features/live/UpcomingLive";
import { listWebinars } from "../webinars.server";
import type { PublicPageHandle } from "~/platform/http/public-page.server";
import type { LinksFunction } from "@remix-run/node";
import { webinarsStylesheet } from "../webinars-stylesheet";
import { liveStylesheet } from "~/features/live/live-stylesheet";
import { watchedPercent } from "../watched-percent";

export const links: LinksFunction = () => [webinarsStylesheet, liveStylesheet];

export const meta = titleFromLoader;

export const handle: PublicPageHandle = { publicPage: true };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await getOptionalUser(request);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("webinars.list.title")), description: t("webinars.list.lead"), webinars: await listWebinars(language, user?.id ?? null), live: await upcomingLiveWebinars(language) };
}

export default function WebinarList() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { webinars, live } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t("webinars.list.title")}</h1>
      <p className="lead">{t("webinars.list.lead")}</p>
      <UpcomingLive webinars={live} language={language} />
      {live.length > 0 ? <h2>{t("live.list.recorded")}</h2> : null}
      {webinars.length === 0 ? (
        <p>{t("webinars.list.empty")}</p>
      ) : (
        <ul className="card-grid card-grid--wide">
          {webinars.map((webinar) => (
            <li key={webinar.slug} className="card webinar-card" data-testid="webinar-card">
              {webinar.poster ? <img src={webinar.poster} alt="" className="webinar-card__poster" loading="lazy" width={640} height={360} /> : null}
              <h2 className="course-card__title">
                <Link to={`/${language}/webinars/${webinar.slug}`}>{webinar.title}</Link>
              </h2>
              <p>{webinar.description}</p>
              <p className="course-card__facts">
                <span>{t("webinars.list.duration", { minutes: Math.round(webinar.durationSeconds / 60) })}</span>
                <span>{t("webinars.list.recorded", { date: formatDate(webinar.recordedOn, language) })}</span>
              </p>
              {webinar.completed ? (
                <p className="seats">{t("webinars.list.completed")}</p>
              ) : webinar.watchedShare !== null ? (
                <p className="muted">{t("webinars.list.watched", { percent: watchedPercent(webinar.watchedShare) })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
