import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { db } from "~/platform/db/db.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import { localized } from "~/platform/i18n/localized";
import { formatClock, formatSchedule } from "../../schedule";
import { requireTrainingSessionTrainer } from "../../trainer-access.server";
import type { LinksFunction } from "@remix-run/node";
import { trainingsStylesheet } from "../../trainings-stylesheet";

export const links: LinksFunction = () => [trainingsStylesheet];

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const { session } = await requireTrainingSessionTrainer(request, params.id);
  const t = await getServerT(language);
  const attendees = await db.registration.findMany({
    where: { sessionId: session.id, status: "confirmed" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, company: true, ticketCode: true, checkedInAt: true },
  });
  const title = localized(session, "title", language);
  return {
    title: await pageTitle(language, `${t("trainings.roster.signInSheet")} · ${title}`),
    session: {
      title,
      venue: localized(session, "venue", language),
      schedule: formatSchedule(session.startsAt, session.endsAt, session.timeZone, language),
    },
    // Check-ins so far, wherever they were made (the roster page, or a check-in device that synced).
    attendees: attendees.map(({ checkedInAt, ...attendee }) => ({ ...attendee, checkedInAt: checkedInAt ? formatClock(checkedInAt, session.timeZone) : "" })),
  };
}

/** A printable sign-in sheet: one row per confirmed attendee with room for a signature. */
export default function SignInSheet() {
  const { t } = useTranslation();
  const { session, attendees } = useLoaderData<typeof loader>();
  return (
    <section className="sign-in-sheet">
      <h1>{session.title}</h1>
      <p>
        {session.schedule.date} {session.schedule.time} ({session.schedule.zone}) · {session.venue}
      </p>
      <p className="no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t("trainings.roster.print")}
        </button>
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t("trainings.roster.name")}</th>
            <th scope="col">{t("trainings.roster.company")}</th>
            <th scope="col">{t("trainings.roster.ticket")}</th>
            <th scope="col">{t("trainings.roster.checkedInAt")}</th>
            <th scope="col" className="sign-in-sheet__signature">
              {t("trainings.roster.signature")}
            </th>
          </tr>
        </thead>
        <tbody>
          {attendees.map((attendee, index) => (
            <tr key={attendee.id}>
              <td>{index + 1}</td>
              <td>{attendee.name}</td>
              <td>{attendee.company}</td>
              <td className="mono">{attendee.ticketCode}</td>
              <td>{attendee.checkedInAt}</td>
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
