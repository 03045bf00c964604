import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { readFormData } from "~/platform/forms/read-form.server";
import { latestLiveEventId } from "../../live-events.server";
import { answerQuestion, hideQuestion, muteAsker, visibleQuestions } from "../../live-questions.server";
import { HostQuestions } from "../../LiveQuestions";
import { changePoll, pollsFor, pushPoll } from "../../live-polls.server";
import { HostPolls } from "../../LivePolls";
import { parsePollForm } from "../../poll-form";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { useLiveFeed } from "../../use-live-feed";
import { useLiveStatus } from "../../use-live-status";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { FormAlert } from "~/platform/forms/Field";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { env } from "~/platform/runtime/env.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import { liveSummary, requireHostedLiveWebinar } from "../../live-webinars.server";
import { LiveStatusBadge } from "../../LiveStatusBadge";
import { LiveTimes } from "../../LiveTimes";
import { LiveRecordings } from "../../LiveRecordings";
import { recordingsOf } from "../../live-recordings.server";
import type { LinksFunction } from "@remix-run/node";
import { liveStylesheet } from "../../live-stylesheet";

export const links: LinksFunction = () => [liveStylesheet];

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const webinar = await requireHostedLiveWebinar(params.id, user);
  const summary = liveSummary(webinar, language, new Date());
  return {
    title: await pageTitle(language, summary.title),
    webinar: summary,
    registered: webinar.registeredCount,
    // Only this webinar's hosts (and admins) reach this page: the key lets anyone broadcast as the host.
    ingest: { server: env.LIVE_INGEST_URL, streamKey: webinar.streamKey },
    recordings: await recordingsOf(webinar),
    feed: { webinarId: webinar.id, after: await latestLiveEventId(webinar.id), questions: await visibleQuestions(webinar.id), polls: await pollsFor(webinar.id, true), join: null },
  };
}

/** The host's moderation: answer (optionally in writing), hide, mute the asker. */
export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireTrainer(request);
  const webinar = await requireHostedLiveWebinar(params.id, user);
  const formData = await readFormData(request);
  const questionId = String(formData.get("questionId") ?? "");
  const answer = String(formData.get("answer") ?? "").trim().slice(0, 1000);
  switch (formData.get("intent")) {
    case "answer":
      return { done: await answerQuestion(webinar.id, questionId, answer) };
    case "hide":
      return { done: await hideQuestion(webinar.id, questionId) };
    case "mute":
      return { done: await muteAsker(webinar.id, questionId) };
    case "pushPoll": {
      const parsed = parsePollForm(formData);
      if (!parsed.ok) return rejectForm(formData, parsed.errors);
      await pushPoll(webinar, parsed.data);
      return { pushed: true as const };
    }
    case "showResults":
    case "closePoll":
      return { done: await changePoll(webinar.id, String(formData.get("pollId") ?? ""), formData.get("intent") === "closePoll" ? "close" : "showResults") };
    default:
      throw new Response("Bad Request", { status: 400 });
  }
}

export default function ManageLiveWebinar() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { webinar, registered, ingest, feed, recordings } = useLoaderData<typeof loader>();
  const { questions, polls } = useLiveFeed(feed);
  const status = useLiveStatus(webinar.id, webinar.status);
  const [search] = useSearchParams();
  return (
    <section>
      <nav className="breadcrumbs">
        <Link to={`/${language}/trainer/live`}>{t("live.trainer.title")}</Link>
      </nav>
      {search.get("saved") === "created" ? <FormAlert tone="success">{t("live.trainer.created")}</FormAlert> : null}
      <h1>
        {webinar.title}
        <LiveStatusBadge status={status} />
      </h1>
      <LiveTimes startsAt={webinar.startsAt} endsAt={webinar.endsAt} language={language} />
      <p data-testid="registered-count">{t("live.trainer.registeredCount", { count: registered })}</p>
      <ul className="facts-inline">
        <li>
          <Link to={`/${language}/live/${webinar.id}`}>{t("live.trainer.publicPage")}</Link>
        </li>
        <li>
          <Link to={`/${language}/trainer/live/${webinar.id}/attendance`}>{t("live.trainer.attendance")}</Link>
        </li>
      </ul>
      <LiveRecordings recordings={recordings} language={language} ended={status === "ended"} />
      <HostPolls polls={polls} />
      <HostQuestions questions={questions} />
      <h2>{t("live.trainer.streaming.title")}</h2>
      <p>{t("live.trainer.streaming.lead")}</p>
      <dl className="facts">
        <dt>{t("live.trainer.streaming.server")}</dt>
        <dd>
          <code data-testid="ingest-server">{ingest.server}</code>
        </dd>
        <dt>{t("live.trainer.streaming.key")}</dt>
        <dd>
          <code data-testid="stream-key">{ingest.streamKey}</code>
        </dd>
      </dl>
      <p className="muted">{t("live.trainer.streaming.keySecret")}</p>
    </section>
  );
}
