import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useRevalidateWhile } from "~/platform/jobs/use-revalidate-while";
import { VideoStatus, type VideoStatusProps } from "~/features/webinars/manage/VideoStatus";
import type { LeftOutReason } from "./recording-checkpoints";

export type RecordingView = VideoStatusProps & {
  part: number;
  webinarId: string;
  published: boolean;
  checkpointCount: number;
  leftOut: { pollId: string; prompt: string; reason: LeftOutReason }[];
};

const REFRESH_MS = 1_500;

/**
 * The live webinar's recordings on its host's page: each one's transcode
 * progress, then a link to the draft recorded webinar to review and publish,
 * how many polls became checkpoints and which did not, and why.
 */
export function LiveRecordings({ recordings, language, ended }: { recordings: RecordingView[]; language: string; ended: boolean }) {
  const { t } = useTranslation();
  // While a recording converts, and after the end until the ingest reports the recording.
  useRevalidateWhile(recordings.some((recording) => recording.video.state === "processing") || (ended && recordings.length === 0), REFRESH_MS);
  if (recordings.length === 0 && !ended) return null;
  // With several parts each has a heading of its own, one level below the section's.
  const Subheading = recordings.length > 1 ? "h4" : "h3";
  return (
    <section aria-labelledby="recording-heading" className="stack" data-testid="live-recordings">
      <h2 id="recording-heading">{t("live.recording.heading")}</h2>
      <p>{t("live.recording.lead")}</p>
      {recordings.length === 0 ? <p data-testid="recording-waiting">{t("live.recording.waiting")}</p> : null}
      {recordings.map((recording) => (
        <article key={recording.webinarId} className="stack" data-testid="live-recording" aria-label={t("live.recording.part", { part: recording.part })}>
          {recordings.length > 1 ? <h3>{t("live.recording.part", { part: recording.part })}</h3> : null}
          <VideoStatus webinar={recording.webinar} video={recording.video} />
          <p data-testid="recording-checkpoints">{t("live.recording.checkpoints", { count: recording.checkpointCount })}</p>
          {recording.leftOut.length > 0 ? (
            <>
              <Subheading>{t("live.recording.leftOutHeading")}</Subheading>
              <ul data-testid="recording-left-out">
                {recording.leftOut.map((poll) => (
                  <li key={poll.pollId}>{t("live.recording.leftOutItem", { prompt: poll.prompt, reason: t(`live.recording.leftOut.${poll.reason}`) })}</li>
                ))}
              </ul>
            </>
          ) : null}
          {recording.video.state === "ready" ? (
            <p>
              <Link to={`/${language}/trainer/webinars/${recording.webinarId}`} data-testid="recording-review">
                {recording.published ? t("live.recording.published") : t("live.recording.review")}
              </Link>
            </p>
          ) : null}
        </article>
      ))}
    </section>
  );
}
