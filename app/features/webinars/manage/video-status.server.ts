import { readStoredStream, streamUrl } from "../media/media-storage.server";
import { videoProblemOf } from "../media/video-problems";
import type { VideoStatusProps } from "./VideoStatus";
import { videoStateOf } from "./video-state";

/** What `VideoStatus` shows for a webinar, from its stored stream and its latest transcode job. */
export function videoStatusOf(
  webinar: { stream: string | null; durationSeconds: number },
  job: { state: string; progress: number | null; lastError: string | null } | null,
): VideoStatusProps {
  const stream = webinar.stream ? readStoredStream(webinar.stream) : null;
  return {
    webinar: { durationSeconds: webinar.durationSeconds, poster: stream ? streamUrl(stream, stream.poster) : null },
    video: {
      state: videoStateOf({ streamReady: Boolean(stream), transcodeState: job?.state ?? null }),
      jobState: job?.state ?? null,
      progress: job?.progress ?? 0,
      problem: job?.state === "failed" ? (videoProblemOf(job.lastError) ?? "transcodeFailed") : null,
    },
  };
}
