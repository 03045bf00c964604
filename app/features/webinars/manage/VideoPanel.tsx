import { useRevalidator } from "@remix-run/react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "~/platform/forms/Field";
import { useRevalidateWhile } from "~/platform/jobs/use-revalidate-while";
import type { VideoProblem } from "../media/video-problems";
import type { VideoState } from "./video-state";
import { VideoStatus } from "./VideoStatus";
import { VIDEO_ACCEPT } from "./video-file-types";

/** The server refuses request bodies over 1 MB before anything reads them: every chunk fits under that. */
const CHUNK_BYTES = 1024 * 1024;
/** After a dropped connection: try again at once, then after 1, 3, 5 and 10 s, then every 20 s for a few minutes. */
const RETRY_DELAYS_MS = [0, 1_000, 3_000, 5_000, 10_000, ...Array<number>(10).fill(20_000)];
const REFRESH_MS = 1_500;

type Upload = { state: "idle" } | { state: "uploading"; percent: number } | { state: "done" } | { state: "error"; message: string };

/**
 * The webinar's video: its state (none, transcoding with progress, ready with
 * a poster, or refused with the reason in plain words) and, for an uploaded
 * webinar, a resumable upload (tus) with a progress bar. The page's data
 * refreshes while a transcode is under way.
 */
export function VideoPanel(props: {
  webinar: { origin: "upload" | "files"; durationSeconds: number; poster: string | null };
  video: { state: VideoState; jobState: string | null; progress: number; problem: VideoProblem | null };
  upload: { endpoint: string; maxGigabytes: number };
}) {
  const { t } = useTranslation();
  const { webinar, video } = props;
  const [upload, setUpload] = useState<Upload>({ state: "idle" });
  const fileInput = useRef<HTMLInputElement>(null);
  const revalidator = useRevalidator();
  // Until the server reports the uploaded file's transcode, then while it runs.
  useRevalidateWhile(video.state === "processing" || (upload.state === "done" && video.state === "none"), REFRESH_MS);

  async function start() {
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setUpload({ state: "error", message: t("webinarAdmin.video.chooseFirst") });
      return;
    }
    const tus = await import("tus-js-client");
    const resumable = new tus.Upload(file, {
      endpoint: props.upload.endpoint,
      chunkSize: CHUNK_BYTES,
      retryDelays: RETRY_DELAYS_MS,
      metadata: { filename: file.name, filetype: file.type },
      // The same file chosen again (after closing the page) continues where it stopped.
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      onProgress: (sent, total) => setUpload({ state: "uploading", percent: Math.floor((sent / total) * 100) }),
      onSuccess: () => {
        setUpload({ state: "done" });
        revalidator.revalidate();
      },
      onError: (error) => {
        const response = "originalResponse" in error ? error.originalResponse : null;
        setUpload({ state: "error", message: response?.getBody() || t("webinarAdmin.video.connectionLost") });
      },
    });
    const previous = await resumable.findPreviousUploads();
    if (previous[0]) resumable.resumeFromPreviousUpload(previous[0]);
    setUpload({ state: "uploading", percent: 0 });
    resumable.start();
  }

  return (
    <section aria-labelledby="video-heading" className="stack video-panel">
      <h2 id="video-heading">{t("webinarAdmin.video.heading")}</h2>
      <VideoStatus webinar={webinar} video={video} />
      {webinar.origin === "upload" ? (
        <div className="stack">
          <div className="field">
            <label htmlFor="video-file">{video.state === "ready" ? t("webinarAdmin.video.replace") : t("webinarAdmin.video.file")}</label>
            <input id="video-file" ref={fileInput} type="file" accept={VIDEO_ACCEPT} aria-describedby="video-file-hint" />
            <p className="field__hint" id="video-file-hint">
              {t("webinarAdmin.video.hint", { gigabytes: props.upload.maxGigabytes })}
            </p>
          </div>
          <p className="actions">
            <button type="button" className="button" onClick={() => void start()} disabled={upload.state === "uploading"}>
              {t("webinarAdmin.video.upload")}
            </button>
          </p>
          <div aria-live="polite" data-testid="upload-state">
            {upload.state === "uploading" ? (
              <>
                <p>{t("webinarAdmin.video.uploading", { percent: upload.percent })}</p>
                <progress max={100} value={upload.percent} aria-label={t("webinarAdmin.video.uploadLabel")} />
              </>
            ) : null}
            {upload.state === "done" ? <p>{t("webinarAdmin.video.uploaded")}</p> : null}
            {upload.state === "error" ? <FormAlert>{t("webinarAdmin.video.failed", { message: upload.message })}</FormAlert> : null}
          </div>
        </div>
      ) : null}
    </section>
  );
}
