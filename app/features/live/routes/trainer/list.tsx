import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { formatSchedule } from "~/features/trainings/schedule";
import { hostedLiveWebinars } from "../../live-webinars.server";
import { LiveStatusBadge } from "../../LiveStatusBadge";
import { BEIJING, isLiveStatus } from "../../vocabulary";
import type { LinksFunction } from "@remix-run/node";
import { liveStylesheet } from "../../live-stylesheet";

export const links: LinksFunction = () => [liveStylesheet];

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("live.trainer.title")), webinars: await hostedLiveWebinars(user, language) };
}

export default function TrainerLiveWebinars() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { webinars } = useLoaderData<typeof loader>();
  return (
    <section>
      <h1>{t("live.trainer.title")}</h1>
      <p className="lead">{t("live.trainer.lead")}</p>
      <p>
        <Link to={`/${language}/trainer/live/new`} className="button">
          {t("live.trainer.new")}
        </Link>
      </p>
      {webinars.length === 0 ? (
        <p>{t("live.trainer.empty")}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("live.trainer.columns.title")}</th>
                <th scope="col">{t("live.trainer.columns.starts")}</th>
                <th scope="col">{t("live.trainer.columns.status")}</th>
                <th scope="col">{t("live.trainer.columns.registered")}</th>
              </tr>
            </thead>
            <tbody>
              {webinars.map((webinar) => {
                const schedule = formatSchedule(webinar.startsAt, webinar.startsAt, BEIJING, language);
                return (
                  <tr key={webinar.id}>
                    <td>
                      <Link to={`/${language}/trainer/live/${webinar.id}`}>{webinar.title}</Link>
                    </td>
                    <td>
                      {schedule.date} {schedule.time.split("–")[0]}
                    </td>
                    <td>{isLiveStatus(webinar.status) ? <LiveStatusBadge status={webinar.status} /> : webinar.status}</td>
                    <td>{webinar.registered}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
