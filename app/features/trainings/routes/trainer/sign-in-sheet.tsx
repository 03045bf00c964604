import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { db } from "~/platform/db/db.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import { localized } from "~/platform/i18n/localized";
import { formatSchedule } from "../../schedule";
import { requireTrainingSessionTrainer } from "../../trainer-access.server";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const { session } = await requireTrainingSessionTrainer(request, params.id);
  const t = await getServerT(language);
  const attendees = await db.registration.findMany({
    where: { sessionId: session.id, status: "confirmed" },
    orderBy: { name: "asc" },
    select: { id: true, name: true, company: true, ticketCode: true },
  });
  const title = localized(session, "title", language);
  return {
    title: await pageTitle(language, `${t("trainings.roster.signInSheet")} · ${title}`),
    session: {
      title,
      venue: localized(session, "venue", language),
      schedule: formatSchedule(session.startsAt, session.endsAt, session.timeZone, language),
    },
    attendees,
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
              <td />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
