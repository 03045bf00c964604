// Before the whole run: one live-webinar ingest (nginx with the RTMP module,
// started by the repository's script) for every spec that streams, stopped
// after the run. Specs in parallel workers that each started their own on the
// same ports took it from each other.
import type { FullConfig } from "@playwright/test";
import { startIngest } from "./live-ingest";

export default async function startLiveIngest(config: FullConfig) {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error("the e2e configuration has no baseURL for the ingest's callbacks");
  const ingest = await startIngest(baseURL);
  return () => ingest.stop();
}
