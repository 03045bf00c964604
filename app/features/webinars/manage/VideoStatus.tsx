import { useTranslation } from "react-i18next";
import { FormAlert } from "~/platform/forms/Field";
import { videoTime } from "~/features/reports/video-time";
import type { VideoProblem } from "../media/video-problems";
import type { VideoState } from "./video-state";

export type VideoStatusProps = {
  webinar: { durationSeconds: number; poster: string | null };
  video: { state: VideoState; jobState: string | null; progress: number; problem: VideoProblem | null };
};

/**
 * Where a webinar's video stands: none, transcoding with a progress bar,
 * ready with its poster, or refused with the reason in plain words. The page
 * refreshes its data while a transcode is under way (`useRevalidateWhile`).
 */
export function VideoStatus({ webinar, video }: VideoStatusProps) {
  const { t } = useTranslation();
  const percent = Math.floor(video.progress * 100);
  return (
    <div role="status" data-testid="video-state" className="stack">
      {video.state === "none" ? <p>{t("webinarAdmin.video.none")}</p> : null}
      {video.state === "processing" ? (
        <>
          <p>{video.jobState === "retrying" ? t("webinarAdmin.video.retrying") : video.jobState === "pending" ? t("webinarAdmin.video.queued") : t("webinarAdmin.video.transcoding", { percent })}</p>
          <progress max={100} value={percent} aria-label={t("webinarAdmin.video.transcodeLabel")} />
        </>
      ) : null}
      {video.state === "ready" ? (
        <>
          <p>{t("webinarAdmin.video.ready", { duration: videoTime(webinar.durationSeconds) })}</p>
          {webinar.poster ? <img className="video-panel__poster" src={webinar.poster} alt={t("webinarAdmin.video.posterAlt")} width={320} height={180} /> : null}
        </>
      ) : null}
      {video.state === "failed" && video.problem ? <FormAlert>{t(`webinarAdmin.videoProblems.${video.problem}`)}</FormAlert> : null}
    </div>
  );
}
