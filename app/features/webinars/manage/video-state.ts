/** One word for where a webinar's video stands, from its stream and its latest transcode job's state. */
export type VideoState = "ready" | "processing" | "failed" | "none";

export function videoStateOf(webinar: { streamReady: boolean; transcodeState: string | null }): VideoState {
  if (webinar.transcodeState === "pending" || webinar.transcodeState === "running" || webinar.transcodeState === "retrying") return "processing";
  if (webinar.streamReady) return "ready";
  return webinar.transcodeState === "failed" ? "failed" : "none";
}
