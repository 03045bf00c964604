import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConfirmEmailNotice } from "~/features/auth/ConfirmEmailNotice";
import { getOptionalUser, requireUser } from "~/features/auth/guards.server";
import { getProfile } from "~/features/auth/user.server";
import { isCategory } from "~/features/courses/content/vocabulary";
import { FormAlert } from "~/features/forms/Field";
import { readFormData } from "~/features/forms/read-form.server";
import { rejectForm } from "~/features/forms/reject-form.server";
import { getServerT } from "~/features/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/features/i18n/route-language.server";
import { usePageLanguage } from "~/features/i18n/use-page-language";
import { db } from "~/features/server/db.server";
import { titleFromLoader } from "~/features/shell/page-title";
import { canTrain } from "~/features/auth/roles";
import { Countdown } from "../Countdown";
import { playbackUrl } from "../ingest.server";
import { LivePlayer } from "../LivePlayer";
import { useLiveStatus } from "../use-live-status";
import { registrationOfJoinToken } from "../join-link.server";
import { cancelLiveRegistration, findLiveRegistration, registerForLive } from "../live-registration.server";
import { liveSummary, requireLiveWebinar } from "../live-webinars.server";
import { LiveStatusBadge } from "../LiveStatusBadge";
import { LiveTimes } from "../LiveTimes";

export const meta = titleFromLoader;

/** The registrant a personal join link (`?join=`) stands for, when it is theirs for this webinar and still registered. */
async function joinedRegistrant(request: Request, webinarId: string) {
  const id = registrationOfJoinToken(new URL(request.url).searchParams.get("join"));
  if (!id) return null;
  const registration = await db.liveRegistration.findUnique({ where: { id } });
  return registration && registration.webinarId === webinarId && registration.status === "registered" ? registration : null;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const webinar = await requireLiveWebinar(params.id);
  const user = await getOptionalUser(request);
  const summary = liveSummary(webinar, language, new Date());
  const own = user ? await findLiveRegistration(webinar.id, user.id) : null;
  const registration = own?.status === "registered" ? own : await joinedRegistrant(request, webinar.id);
  const hosts = user && canTrain(user.role) ? user.role === "admin" || Boolean(await db.liveWebinarTrainer.findUnique({ where: { webinarId_userId: { webinarId: webinar.id, userId: user.id } } })) : false;
  // Registration-only webinars: the signed playback URL goes to registrants and hosts only.
  const canWatch = !webinar.registrationRequired || Boolean(registration) || hosts;
  return {
    title: await pageTitle(language, summary.title),
    description: summary.description,
    webinar: summary,
    signedIn: Boolean(user),
    emailConfirmed: Boolean(user?.emailVerifiedAt),
    registeredAs: registration?.status === "registered" ? registration.name : null,
    ownRegistration: own?.status === "registered",
    playback: canWatch ? playbackUrl(webinar) : null,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const webinar = await requireLiveWebinar(params.id);
  const formData = await readFormData(request);
  const here = `/${language}/live/${webinar.id}`;
  if (formData.get("intent") === "cancel") {
    await cancelLiveRegistration(webinar.id, user.id);
    return redirect(here);
  }
  const t = await getServerT(language);
  // The join link and reminders go out by mail: only to an address its owner has confirmed.
  if (!user.emailVerifiedAt) return rejectForm(formData, {}, 403, t("auth.confirmFirst.title"));
  const profile = await getProfile(user.id);
  const outcome = await registerForLive(webinar.id, user.id, { name: profile.name, email: profile.email, language: profile.preferredLanguage });
  if (!outcome.ok) return rejectForm(formData, {}, outcome.reason === "notFound" ? 404 : 409, t(`live.register.refused.${outcome.reason}`));
  return redirect(`${here}?registered=1`);
}

export default function LiveWebinarPage() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { webinar, signedIn, emailConfirmed, registeredAs, ownRegistration, playback } = useLoaderData<typeof loader>();
  const rejected = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  // The host starting or stopping shows on the page by itself.
  const status = useLiveStatus(webinar.id, webinar.status);
  const here = `/${language}/live/${webinar.id}`;
  return (
    <article className="training">
      <nav className="breadcrumbs">
        <Link to={`/${language}/webinars`}>{t("live.detail.back")}</Link>
      </nav>
      <p className="course-card__category">
        {isCategory(webinar.category) ? t(`courses.categories.${webinar.category}`) : null}
        <LiveStatusBadge status={status} />
      </p>
      <h1>{webinar.title}</h1>
      <section className="webinar__stage" aria-label={t("live.watch.label")}>
        {playback ? (
          <LivePlayer status={status} src={playback} language={language} />
        ) : (
          <p className="live-waiting" data-testid="register-to-watch">
            {t("live.watch.registerFirst")}
          </p>
        )}
      </section>
      <div className="training__layout">
        <div>
          <LiveTimes startsAt={webinar.startsAt} endsAt={webinar.endsAt} language={language} />
          {status === "scheduled" ? <Countdown startsAt={webinar.startsAt} /> : null}
          <ul className="facts-inline">
            <li>{t("live.detail.speakers", { list: webinar.speakers.join(language === "zh" ? "、" : ", ") })}</li>
            <li>{webinar.registrationRequired ? t("live.detail.registrationRequired") : t("live.detail.open")}</li>
            {webinar.seatsLeft !== null ? <li data-testid="places">{t("live.detail.places", { capacity: webinar.capacity, left: webinar.seatsLeft })}</li> : null}
          </ul>
          <h2>{t("live.detail.about")}</h2>
          <p className="training__description">{webinar.description}</p>
        </div>
        <aside className="training__panel" aria-labelledby="register-heading">
          <h2 id="register-heading">{t("live.register.title")}</h2>
          {rejected?.formError ? <FormAlert>{rejected.formError}</FormAlert> : null}
          {registeredAs ? (
            <FormAlert tone="success">
              <span data-testid="registered-as">{t("live.register.registeredAs", { name: registeredAs })}</span>
            </FormAlert>
          ) : null}
          {ownRegistration ? (
            <Form method="post">
              <input type="hidden" name="intent" value="cancel" />
              <button type="submit" className="button button--secondary" disabled={busy}>
                {t("live.register.cancel")}
              </button>
            </Form>
          ) : registeredAs ? null : webinar.registration !== "open" ? (
            <p className="alert alert--error" data-testid="registration-closed">
              {t(`live.register.refused.${webinar.registration}`)}
            </p>
          ) : signedIn && !emailConfirmed ? (
            <ConfirmEmailNotice reason="live" />
          ) : signedIn ? (
            <Form method="post">
              <p className="muted">{t("live.register.lead")}</p>
              <button type="submit" className="button" disabled={busy}>
                {t("live.register.submit")}
              </button>
            </Form>
          ) : (
            <Link to={`/${language}/login?redirectTo=${encodeURIComponent(here)}`} className="button">
              {t("live.register.signIn")}
            </Link>
          )}
        </aside>
      </div>
    </article>
  );
}
