import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/features/auth/guards.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { findUserRegistration } from "../registration.server";
import { requireTrainingSession, trainingSessionDetail } from "../training-sessions.server";
import { ticketQrSvg } from "../ticket-qr.server";
import { notFound } from "~/platform/http/responses";
import type { LinksFunction } from "@remix-run/node";
import { trainingsStylesheet } from "../trainings-stylesheet";

export const links: LinksFunction = () => [trainingsStylesheet];

export const meta = titleFromLoader;

/** The signed-in user's own ticket; anyone without a live registration gets a 404. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const session = await requireTrainingSession(params.id);
  const registration = await findUserRegistration(session.id, user.id);
  if (!registration || registration.status === "cancelled") throw notFound();
  const t = await getServerT(language);
  return {
    title: await pageTitle(language, t("trainings.ticket.title")),
    session: trainingSessionDetail(session, language),
    ticket: {
      code: registration.ticketCode,
      name: registration.name,
      confirmed: registration.status === "confirmed",
      qr: await ticketQrSvg(registration.ticketCode),
    },
  };
}

export default function Ticket() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { session, ticket } = useLoaderData<typeof loader>();
  return (
    <article className="ticket" data-testid="ticket">
      <nav className="breadcrumbs">
        <Link to={`/${language}/trainings/${session.id}`}>{session.title}</Link>
      </nav>
      <h1>{t("trainings.ticket.title")}</h1>
      {ticket.confirmed ? <p className="lead">{t("trainings.ticket.lead")}</p> : <p className="alert alert--info">{t("trainings.ticket.notConfirmed")}</p>}
      <div className="ticket__card">
        {/* The SVG is generated on the server from the ticket code alone. */}
        <div className="ticket__qr" role="img" aria-label={ticket.code} dangerouslySetInnerHTML={{ __html: ticket.qr }} />
        <dl className="facts">
          <dt>{t("trainings.ticket.holder")}</dt>
          <dd>{ticket.name}</dd>
          <dt>{t("trainings.ticket.code")}</dt>
          <dd className="ticket__code" data-testid="ticket-code">
            {ticket.code}
          </dd>
          <dt>{t("trainings.detail.when")}</dt>
          <dd>
            {session.schedule.date} {session.schedule.time} ({session.schedule.zone})
          </dd>
          <dt>{t("trainings.detail.where")}</dt>
          <dd>
            {session.venue}, {session.address}
          </dd>
        </dl>
      </div>
    </article>
  );
}
