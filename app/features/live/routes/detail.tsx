import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConfirmEmailNotice } from "~/features/auth/ConfirmEmailNotice";
import { requireUser } from "~/features/auth/guards.server";
import { getProfile } from "~/features/auth/user.server";
import { isCategory } from "~/platform/content/vocabulary";
import { z } from "zod";
import { requiredText } from "~/platform/forms/fields";
import { FormAlert } from "~/platform/forms/Field";
import { parseForm } from "~/platform/forms/parse-form";
import type { Language } from "~/platform/i18n/languages";
import { readFormData } from "~/platform/forms/read-form.server";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { Countdown } from "../Countdown";
import { playbackUrl } from "../ingest.server";
import { LivePlayer } from "../LivePlayer";
import { useLiveStatus } from "../use-live-status";
import { viewerAccess } from "../live-access.server";
import { latestLiveEventId } from "../live-events.server";
import { askQuestion, visibleQuestions, voteForQuestion } from "../live-questions.server";
import { LiveQuestions } from "../LiveQuestions";
import { answerPoll, myPollAnswers, pollsFor } from "../live-polls.server";
import { LivePolls } from "../LivePolls";
import { useLiveFeed, type LiveFeed } from "../use-live-feed";
import { cancelLiveRegistration, registerForLive } from "../live-registration.server";
import { liveSummary, requireLiveWebinar } from "../live-webinars.server";
import { LiveStatusBadge } from "../LiveStatusBadge";
import { LiveTimes } from "../LiveTimes";
import type { LinksFunction } from "@remix-run/node";
import { liveStylesheet } from "../live-stylesheet";

export const links: LinksFunction = () => [liveStylesheet];

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const webinar = await requireLiveWebinar(params.id);
  const summary = liveSummary(webinar, language, new Date());
  // Registration-only webinars: the signed playback URL and the Q&A go to registrants and hosts only.
  const { user, own, registration, canWatch } = await viewerAccess(request, webinar);
  const join = new URL(request.url).searchParams.get("join");
  return {
    title: await pageTitle(language, summary.title),
    description: summary.description,
    webinar: summary,
    signedIn: Boolean(user),
    emailConfirmed: Boolean(user?.emailVerifiedAt),
    registeredAs: registration?.status === "registered" ? registration.name : null,
    ownRegistration: own?.status === "registered",
    playback: canWatch ? playbackUrl(webinar) : null,
    feed: canWatch
      ? ({ webinarId: webinar.id, after: await latestLiveEventId(webinar.id), questions: await visibleQuestions(webinar.id), polls: await pollsFor(webinar.id, false), join: registration && join ? join : null } satisfies LiveFeed)
      : null,
    pollAnswers: user && canWatch ? await myPollAnswers(webinar.id, user.id) : {},
    canAsk: Boolean(user) && canWatch,
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const webinar = await requireLiveWebinar(params.id);
  const formData = await readFormData(request);
  const here = `/${language}/live/${webinar.id}`;
  const intent = formData.get("intent");
  if (intent === "ask" || intent === "vote" || intent === "pollAnswer") {
    if (!(await viewerAccess(request, webinar)).canWatch) throw new Response("Forbidden", { status: 403 });
    if (intent === "ask") return askFromForm(formData, webinar, user, language);
    if (intent === "vote") return { voted: await voteForQuestion(webinar.id, String(formData.get("questionId") ?? ""), user.id) };
    const answered = await answerPoll(webinar.id, String(formData.get("pollId") ?? ""), user.id, formData.getAll("choice").map(String));
    if (!answered.ok) return rejectForm(formData, {}, 409, (await getServerT(language))(`live.polls.refused.${answered.reason}`));
    return { answered: true as const };
  }
  if (intent === "cancel") {
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

const questionSchema = z.object({ question: requiredText(500) });

async function askFromForm(formData: FormData, webinar: { id: string; status: string }, user: { id: string; name: string }, language: Language) {
  const parsed = parseForm(formData, questionSchema);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  const outcome = await askQuestion(webinar, user, parsed.data.question);
  if (!outcome.ok) return rejectForm(formData, {}, 409, (await getServerT(language))(`live.questions.refused.${outcome.reason}`));
  return { asked: true as const };
}

export default function LiveWebinarPage() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { webinar, signedIn, emailConfirmed, registeredAs, ownRegistration, playback, feed, pollAnswers, canAsk } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const rejected = actionData && "errors" in actionData ? actionData : undefined;
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
      <LiveTimes startsAt={webinar.startsAt} endsAt={webinar.endsAt} language={language} />
      {status === "scheduled" ? <Countdown startsAt={webinar.startsAt} /> : null}
      <section className="webinar__stage" aria-label={t("live.watch.label")}>
        {playback ? (
          <LivePlayer status={status} src={playback} language={language} heartbeatUrl={`/live/${webinar.id}/heartbeat${feed?.join ? `?join=${encodeURIComponent(feed.join)}` : ""}`} />
        ) : (
          <p className="live-waiting" data-testid="register-to-watch">
            {t("live.watch.registerFirst")}
          </p>
        )}
      </section>
      {feed ? <LiveInteraction feed={feed} answered={pollAnswers} canAsk={canAsk} /> : null}
      <div className="training__layout">
        <div>
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

/** The poll and the questions, kept current over Server-Sent Events. */
function LiveInteraction({ feed, answered, canAsk }: { feed: LiveFeed; answered: Record<string, string[]>; canAsk: boolean }) {
  const { questions, polls } = useLiveFeed(feed);
  return (
    <>
      <LivePolls polls={polls} answered={answered} canAnswer={canAsk} />
      <LiveQuestions questions={questions} canAsk={canAsk} />
    </>
  );
}
