import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { readFormData } from "~/platform/forms/read-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { rosterCounts } from "~/features/trainings/attendance.server";
import { formatSchedule } from "~/features/trainings/schedule";
import { requireTrainingSessionTrainer } from "~/features/trainings/trainer-access.server";
import { localized } from "~/platform/i18n/localized";
import { cancelTrainingSession } from "~/features/trainings/manage/session-status.server";
import { badRequest } from "~/platform/http/responses";
import type { LinksFunction } from "@remix-run/node";
import { trainingsStylesheet } from "../../trainings-stylesheet";

export const links: LinksFunction = () => [trainingsStylesheet];

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const { session } = await requireTrainingSessionTrainer(request, params.id);
  const t = await getServerT(language);
  const title = localized(session, "title", language);
  const counts = await rosterCounts(session.id);
  return {
    title: await pageTitle(language, `${t("manage.cancel.title")} ${title}`),
    session: { id: session.id, title, cancelled: session.status === "cancelled", schedule: formatSchedule(session.startsAt, session.endsAt, session.timeZone, language) },
    counts,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const { user, session } = await requireTrainingSessionTrainer(request, params.id);
  const formData = await readFormData(request);
  const back = `/${language}/trainer/sessions/${session.id}/edit`;
  if (formData.get("intent") !== "cancel") throw badRequest();
  const outcome = await cancelTrainingSession(session.id, user);
  return redirect(outcome.ok ? `${back}?saved=cancelled&notified=${outcome.queued}` : back);
}

export default function CancelSession() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { session, counts } = useLoaderData<typeof loader>();
  const busy = useNavigation().state === "submitting";
  const back = `/${language}/trainer/sessions/${session.id}/edit`;
  return (
    <section>
      <h1>{t("manage.cancel.title")}</h1>
      <p className="lead">{session.title}</p>
      <p className="muted">
        {session.schedule.date} {session.schedule.time} ({session.schedule.zone})
      </p>
      {session.cancelled ? (
        <p className="alert alert--info">{t("manage.sessionStatus.cancelledNote")}</p>
      ) : (
        <div className="card stack confirm-card">
          <p data-testid="cancel-impact">{t("manage.cancel.impact", { confirmed: counts.confirmed, waitlisted: counts.waitlisted })}</p>
          <p>{t("manage.cancel.final")}</p>
          <Form method="post" className="actions">
            <input type="hidden" name="intent" value="cancel" />
            <button type="submit" className="button button--danger" disabled={busy}>
              {t("manage.cancel.confirm")}
            </button>
            <Link to={back} className="button button--secondary">
              {t("manage.cancel.keep")}
            </Link>
          </Form>
        </div>
      )}
    </section>
  );
}
