import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConfirmEmailNotice } from "~/features/auth/ConfirmEmailNotice";
import { getOptionalUser, requireUser } from "~/features/auth/guards.server";
import { getProfile } from "~/features/auth/user.server";
import { isCategory } from "~/platform/content/vocabulary";
import { FormAlert } from "~/platform/forms/Field";
import { parseForm } from "~/platform/forms/parse-form";
import { readFormData } from "~/platform/forms/read-form.server";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { cancelRegistration, findUserRegistration, registerForTrainingSession } from "../registration.server";
import { waitlistPosition } from "../waitlist.server";
import { registrationSchema } from "../registration-schema";
import { RegistrationForm } from "../RegistrationForm";
import { requireTrainingSession, trainingSessionDetail } from "../training-sessions.server";
import type { PublicPageHandle } from "~/platform/http/public-page.server";
import type { LinksFunction } from "@remix-run/node";
import { trainingsStylesheet } from "../trainings-stylesheet";
import { RouteErrorBoundary } from "~/platform/shell/RouteErrorBoundary";

export const links: LinksFunction = () => [trainingsStylesheet];

export const meta = titleFromLoader;

export const handle: PublicPageHandle = { publicPage: true };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const session = await requireTrainingSession(params.id);
  const user = await getOptionalUser(request);
  const detail = trainingSessionDetail(session, language);
  const registration = user ? await findUserRegistration(session.id, user.id) : null;
  const profile = user ? await getProfile(user.id) : null;
  return {
    title: await pageTitle(language, detail.title),
    description: detail.description,
    session: detail,
    signedIn: Boolean(user),
    emailConfirmed: Boolean(user?.emailVerifiedAt),
    registration: registration && {
      status: registration.status,
      position: registration.status === "waitlisted" ? await waitlistPosition(registration) : null,
    },
    defaults: { company: profile?.company ?? "", jobRole: profile?.jobRole ?? "other", phone: profile?.phone ?? "" },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const session = await requireTrainingSession(params.id);
  const formData = await readFormData(request);
  const here = `/${language}/trainings/${session.id}`;

  if (formData.get("intent") === "cancel") {
    const registration = await findUserRegistration(session.id, user.id);
    if (registration) await cancelRegistration(registration.id);
    return redirect(here);
  }

  const parsed = parseForm(formData, registrationSchema);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  // Tickets and changes go out by mail: only to an address its owner has confirmed.
  if (!user.emailVerifiedAt) return rejectForm(formData, {}, 403, (await getServerT(language))("auth.confirmFirst.title"));
  const profile = await getProfile(user.id);
  const outcome = await registerForTrainingSession(session.id, user.id, {
    name: profile.name,
    email: profile.email,
    company: parsed.data.company,
    jobRole: parsed.data.jobRole,
    phone: parsed.data.phone,
    interests: parsed.data.interests,
    needs: parsed.data.needs,
    language: profile.preferredLanguage,
  });
  if (!outcome.ok) {
    const t = await getServerT(language);
    return rejectForm(formData, {}, outcome.reason === "notFound" ? 404 : 409, t(`trainings.register.refused.${outcome.reason}`));
  }
  return redirect(here);
}

export default function TrainingDetail() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { session, signedIn, emailConfirmed, registration, defaults } = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const registered = registration && registration.status !== "cancelled";
  const list = (items: string[]) => items.join(language === "zh" ? "、" : ", ");
  return (
    <article className="training">
      <nav className="breadcrumbs">
        <Link to={`/${language}/trainings`}>{t("trainings.detail.back")}</Link>
      </nav>
      <p className="course-card__category">
        {session.city}
        {isCategory(session.category) ? ` · ${t(`courses.categories.${session.category}`)}` : ""}
      </p>
      <h1>{session.title}</h1>
      <div className="training__layout">
        <div>
          <dl className="facts">
            <dt>{t("trainings.detail.when")}</dt>
            <dd data-testid="when">
              {session.schedule.date}
              <br />
              {session.schedule.time}
            </dd>
            <dt>{t("trainings.detail.where")}</dt>
            <dd>
              {session.venue}
              <br />
              <address>{session.address}</address>
            </dd>
          </dl>
          <p className="muted" data-testid="time-zone-note">
            {t("trainings.detail.timeNote", { zone: session.schedule.zone })}
          </p>
          <ul className="facts-inline">
            <li>{t("trainings.detail.languages", { list: list(session.languages.map((lng) => (lng === "zh" || lng === "en" ? t(`trainings.languageNames.${lng}`) : lng))) })}</li>
            <li>{t("trainings.detail.organizers", { list: list(session.organizers) })}</li>
            <li data-testid="seats">{t("trainings.detail.seats", { capacity: session.capacity, left: session.seatsLeft })}</li>
            <li>{t("trainings.detail.deadline", { date: session.deadline.date, time: session.deadline.time.split("–")[0] })}</li>
          </ul>
          <h2>{t("trainings.detail.about")}</h2>
          <p className="training__description">{session.description}</p>
        </div>
        <aside className="training__panel" aria-labelledby="register-heading">
          <h2 id="register-heading">{t("trainings.register.title")}</h2>
          {registration?.status === "confirmed" ? (
            <>
              <FormAlert tone="success">{t("trainings.state.confirmed")}</FormAlert>
              <p>
                <Link to={`/${language}/trainings/${session.id}/ticket`} className="button">
                  {t("trainings.state.viewTicket")}
                </Link>
              </p>
            </>
          ) : registration?.status === "waitlisted" ? (
            <p className="alert alert--info" data-testid="waitlist-position">
              {t("trainings.state.waitlisted", { position: registration.position })}
            </p>
          ) : registration?.status === "cancelled" ? (
            <p className="muted">{t("trainings.state.cancelled")}</p>
          ) : null}
          {registered ? (
            <Form method="post">
              <input type="hidden" name="intent" value="cancel" />
              <button type="submit" className="button button--secondary">
                {registration.status === "waitlisted" ? t("trainings.state.leaveWaitlist") : t("trainings.state.cancel")}
              </button>
            </Form>
          ) : session.state !== "open" ? (
            <p className="alert alert--error" data-testid="registration-closed">
              {session.state === "cancelled"
                ? t("trainings.register.refused.cancelled")
                : session.state === "closed"
                  ? t("trainings.register.refused.closed")
                  : t("trainings.register.refused.deadlinePassed")}
            </p>
          ) : signedIn && !emailConfirmed ? (
            <ConfirmEmailNotice reason="trainings" />
          ) : signedIn ? (
            <>
              <p className="muted">{t("trainings.register.lead")}</p>
              <RegistrationForm rejected={rejected} defaults={defaults} full={session.seatsLeft === 0} />
            </>
          ) : (
            <Link to={`/${language}/login?redirectTo=${encodeURIComponent(`/${language}/trainings/${session.id}`)}`} className="button">
              {t("trainings.register.signIn")}
            </Link>
          )}
        </aside>
      </div>
    </article>
  );
}

/** An unknown training session is explained here, inside the site's frame. */
export function ErrorBoundary() {
  return <RouteErrorBoundary messages={{ notFound: "trainingNotFound" }} />;
}
