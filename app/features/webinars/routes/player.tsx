import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { Link, useLoaderData } from "@remix-run/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/features/auth/guards.server";
import { personalParts } from "~/features/auth/personal-state.server";
import { contentReview } from "~/platform/content/content-review.server";
import { ContentSources } from "~/platform/content/ContentSources";
import { formatDate } from "~/platform/i18n/dates";
import { readFormData } from "~/platform/forms/read-form.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { localized } from "~/platform/i18n/localized";
import { CheckpointDialog, type CheckpointView } from "../CheckpointDialog";
import { gradeCheckpoint } from "../checkpoints.server";
import { VideoPlayer, type PlayerHandle, type PlayerReport, type PlayerTrack } from "../VideoPlayer";
import { markCheckpointAnswered } from "../watch-progress.server";
import { webinarPageParts, type WatchState } from "../personal-parts.server";
import { useWatchState } from "../use-watch-state";
import { watchedPercent } from "../watched-percent";
import { requireWebinar } from "../webinars.server";
import { CertificateLinks } from "~/features/certificates/CertificateLinks";
import type { PublicPageHandle } from "~/platform/http/public-page.server";
import { isCaptionMode, type CaptionMode } from "../caption-modes";
import type { LinksFunction } from "@remix-run/node";
import { webinarsStylesheet } from "../webinars-stylesheet";
import { certificatesStylesheet } from "~/features/certificates/certificates-stylesheet";
import { RouteErrorBoundary } from "~/platform/shell/RouteErrorBoundary";

export const links: LinksFunction = () => [webinarsStylesheet, certificatesStylesheet];

export const meta = titleFromLoader;

const CAPTION_MODE_KEY = "webinar-caption-mode";

export const handle: PublicPageHandle = { publicPage: true };

/** A checkpoint answer (this route's action) changes nothing the page reads again: the player keeps its own state. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formAction, currentUrl, defaultShouldRevalidate }) =>
  formAction === currentUrl.pathname ? false : defaultShouldRevalidate;

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const webinar = await requireWebinar(params.slug, language);
  const { signedIn, captionMode, ...progress } = await personalParts(request, context, (user) => webinarPageParts(user, webinar));
  const title = localized(webinar, "title", language);
  const { playback } = webinar;
  return {
    title: await pageTitle(language, title),
    description: localized(webinar, "description", language),
    webinar: {
      slug: webinar.slug,
      title,
      description: localized(webinar, "description", language),
      speakers: webinar.speakerList.map((speaker) => (language === "zh" ? `${speaker.name.zh}（${speaker.organization.zh}）` : `${speaker.name.en} (${speaker.organization.en})`)),
      recordedOn: webinar.recordedOn,
      requiredPercent: Math.round(webinar.requiredShare * 100),
      video: playback.video,
      poster: playback.poster,
      captions: playback.captions,
      chapters: playback.chapters,
      hasQuiz: webinar.quiz !== null,
    },
    captionMode,
    review: contentReview(webinar, language),
    signedIn,
    progress: signedIn ? progress : null,
  };
}

/** A checkpoint answer: graded on the server, explained, and remembered as answered. */
export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const webinar = await requireWebinar(params.slug, language);
  const result = gradeCheckpoint(webinar, user.id, await readFormData(request), language);
  if (!result.ok) return data(result, { status: 400 });
  await markCheckpointAnswered(user.id, webinar.id, result.questionId, result.correct);
  return result;
}

export default function WebinarPlayer() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { webinar, review, signedIn, progress, captionMode } = useLoaderData<typeof loader>();
  const [percent, setPercent] = useState(progress?.percent ?? 0);
  const [open, setOpen] = useState<CheckpointView | null>(null);
  // Read by the player's timeupdate handler, which can run before React has re-rendered
  // (Continue resumes the video in the same tick): refs are current at once, state is not.
  const openNow = useRef<CheckpointView | null>(null);
  const player = useRef<PlayerHandle | null>(null);
  const unlocked = percent >= webinar.requiredPercent;
  const reportUrl = `/${language}/webinars/${webinar.slug}/progress`;
  // Where the learner is, what they answered and their checkpoint questions come apart
  // from the page (decision 0039); until then no checkpoint is known and no position reported.
  const watch = useWatchState(reportUrl, signedIn);
  const checkpoints = useRef<WatchState["checkpoints"]>([]);
  const answered = useRef<string[]>([]);
  const resumeAt = useRef<number | null>(null);
  const positionKnown = useRef(false);

  // Built from the URLs, not the loader's objects: new loader data with the same media
  // must not re-create the player (that stopped the video after a checkpoint answer).
  const captionsZh = webinar.captions?.zh;
  const captionsEn = webinar.captions?.en;
  const tracks = useMemo<PlayerTrack[]>(
    () => [
      ...(captionsZh ? [{ kind: "captions" as const, src: captionsZh, srclang: "zh", label: t("webinars.player.captionsZh"), default: language === "zh" }] : []),
      ...(captionsEn ? [{ kind: "captions" as const, src: captionsEn, srclang: "en", label: t("webinars.player.captionsEn"), default: language === "en" }] : []),
      ...(webinar.chapters ? [{ kind: "chapters" as const, src: webinar.chapters, srclang: language, label: t("webinars.player.chapters"), default: true }] : []),
    ],
    [captionsZh, captionsEn, webinar.chapters, language, t],
  );

  const onReport = useCallback(
    ({ played, position, playing, leaving }: PlayerReport) => {
      if (!signedIn) return;
      const body = new FormData();
      body.set("intervals", JSON.stringify(played.map(([start, end]) => [Math.round(start * 100) / 100, Math.round(end * 100) / 100])));
      // Before the learner's position is known, reporting one would overwrite it.
      if (positionKnown.current) body.set("position", String(Math.round(position * 10) / 10));
      body.set("playing", String(playing));
      if (leaving) navigator.sendBeacon(reportUrl, body);
      else void fetch(reportUrl, { method: "POST", body }).then(async (response) => {
        const result = (await response.json()) as { share: number };
        if (typeof result.share === "number") setPercent(watchedPercent(result.share));
      });
    },
    [signedIn, reportUrl],
  );

  // The choice is remembered for the learner (every webinar, every device) or, signed out, in this browser.
  const initialCaptions = useMemo(() => {
    const stored = typeof window === "undefined" ? null : window.localStorage.getItem(CAPTION_MODE_KEY);
    return { initial: captionMode ?? (isCaptionMode(stored) ? stored : null), bilingualLabel: t("webinars.player.captionsBilingual") };
  }, [captionMode, t]);
  const onCaptionMode = useCallback(
    (mode: CaptionMode) => {
      window.localStorage.setItem(CAPTION_MODE_KEY, mode);
      if (!signedIn) return;
      const body = new FormData();
      body.set("mode", mode);
      void fetch(`/${language}/webinars/caption-mode`, { method: "POST", body });
    },
    [signedIn, language],
  );

  /** Stops the video at a checkpoint not yet answered that it has reached, or passed by seeking. */
  const stopAtCheckpoint = useCallback((seconds: number, handle: PlayerHandle) => {
    if (openNow.current) {
      handle.pause();
      return;
    }
    const due = checkpoints.current.find((checkpoint) => checkpoint.at <= seconds && !answered.current.includes(checkpoint.question.id));
    if (due) {
      handle.pause();
      // Seeking past a checkpoint stops at it: the question belongs to that moment.
      if (seconds > due.at + 1) handle.seek(due.at);
      openNow.current = { question: due.question };
      setOpen(openNow.current);
    }
  }, []);

  // Once both the player and the learner's state are there, whichever comes first: back to where
  // they were, unless they have already started elsewhere; a checkpoint passed meanwhile stops it.
  const applyWatchState = useCallback(() => {
    const handle = player.current;
    if (resumeAt.current === null || !handle) return;
    if (resumeAt.current > 5 && handle.currentTime() < 1) handle.seek(resumeAt.current);
    resumeAt.current = null;
    positionKnown.current = true;
    if (handle.currentTime() > 0) stopAtCheckpoint(handle.currentTime(), handle);
  }, [stopAtCheckpoint]);

  useEffect(() => {
    if (!watch) return;
    checkpoints.current = watch.checkpoints;
    answered.current = [...new Set([...watch.answered, ...answered.current])];
    resumeAt.current = watch.position;
    applyWatchState();
  }, [watch, applyWatchState]);

  const onReady = useCallback(
    (handle: PlayerHandle) => {
      player.current = handle;
      applyWatchState();
    },
    [applyWatchState],
  );

  const onCheckpointDone = useCallback((questionId: string) => {
    answered.current = [...answered.current, questionId];
    openNow.current = null;
    setOpen(null);
    player.current?.play();
  }, []);

  return (
    <article className="webinar">
      <nav className="breadcrumbs">
        <Link to={`/${language}/webinars`}>{t("webinars.list.title")}</Link>
      </nav>
      <h1>{webinar.title}</h1>
      <p className="muted">
        {webinar.speakers.length > 0 ? `${t("webinars.player.speakers", { list: webinar.speakers.join(language === "zh" ? "、" : ", ") })} · ` : null}
        {t("webinars.list.recorded", { date: formatDate(webinar.recordedOn, language) })}
      </p>
      <div className="webinar__stage">
        <VideoPlayer src={webinar.video.src} type={webinar.video.type} poster={webinar.poster} captions={initialCaptions} onCaptionMode={onCaptionMode} tracks={tracks} language={language} onReady={onReady} onTimeUpdate={stopAtCheckpoint} onReport={onReport} />
        {open ? <CheckpointDialog checkpoint={open} slug={webinar.slug} onDone={onCheckpointDone} /> : null}
      </div>
      {signedIn ? (
        <section className="quiz-callout" aria-live="polite">
          <p data-testid="watch-progress">
            {unlocked
              ? t("webinars.player.progressUnlocked", { percent })
              : t("webinars.player.progress", { percent, required: webinar.requiredPercent })}
          </p>
          {progress?.completedAt ? <p className="alert alert--success">{t("webinars.player.completed", { date: formatDate(progress.completedAt, language) })}</p> : null}
          {progress?.certificateNumber ? <CertificateLinks number={progress.certificateNumber} /> : null}
          {!webinar.hasQuiz ? null : unlocked ? (
            <Link to={`/${language}/webinars/${webinar.slug}/quiz`} className="button">
              {t("webinars.player.takeQuiz")}
            </Link>
          ) : (
            <p className="muted">{t("webinars.player.quizLocked", { required: webinar.requiredPercent })}</p>
          )}
        </section>
      ) : (
        <p className="muted">{t("webinars.player.signInToTrack")}</p>
      )}
      <p className="training__description">{webinar.description}</p>
      <ContentSources {...review} />
    </article>
  );
}

/** An unknown webinar is explained here, inside the site's frame. */
export function ErrorBoundary() {
  return <RouteErrorBoundary messages={{ notFound: "webinarNotFound" }} />;
}
