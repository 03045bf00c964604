import fs from "node:fs/promises";
import { z } from "zod";
import { defineJob, PermanentJobError } from "~/platform/jobs/define-job.server";
import { enqueueJob, enqueueJobOnce } from "~/platform/jobs/enqueue.server";
import { updateHeldJob } from "~/platform/jobs/job-store.server";
import { db, type Tx } from "~/platform/db/db.server";
import { logger } from "~/platform/runtime/logger.server";
import { removeOtherStreams } from "./media-storage.server";
import { transcodeWebinarVideo } from "./transcode.server";
import { VideoRefused } from "./video-problems";

const payload = z.object({
  webinarId: z.string().min(1),
  /** An absolute path every worker can read (the shared media folder, or the webinars/ folder of the code). */
  sourcePath: z.string().min(1),
  /** Delete the source once it has been used or refused (an upload), or keep it (a file in webinars/). */
  removeSource: z.boolean(),
});
export type TranscodeRequest = z.infer<typeof payload>;

export const TRANSCODE_TARGET = "webinar";

/**
 * The job that turns a video file into a webinar's HLS stream. Progress is
 * written on the job as it goes; when it succeeds the webinar's stream and
 * duration change in one write (an unpublished upload stays unpublished until
 * the trainer publishes it). A file that is not a usable video fails the job
 * at once with its reason (`video:<problem>`) and changes nothing.
 */
export const webinarTranscodeJob = defineJob("webinar.transcode", payload, async (request, { lease }) => {
  const webinar = await db.webinar.findUnique({ where: { id: request.webinarId }, select: { id: true } });
  if (!webinar) {
    await removeSourceIf(request);
    return { skipped: "webinarGone" };
  }
  try {
    const result = await transcodeWebinarVideo({
      inputPath: request.sourcePath,
      webinarId: request.webinarId,
      onProgress: async (share) => {
        await updateHeldJob(lease, { progress: share });
      },
    });
    const { durationSeconds, ...stream } = result;
    await db.webinar.update({ where: { id: request.webinarId }, data: { stream: JSON.stringify(stream), durationSeconds } });
    await removeOtherStreams(request.webinarId, stream);
    await removeSourceIf(request);
  } catch (error) {
    if (!(error instanceof VideoRefused)) throw error;
    await removeSourceIf(request);
    throw new PermanentJobError(error.message, { cause: error });
  }
});

async function removeSourceIf(request: TranscodeRequest): Promise<void> {
  if (!request.removeSource) return;
  await fs.rm(request.sourcePath, { force: true }).catch((error: unknown) => logger.warn({ err: error, path: request.sourcePath }, "could not remove a transcoded upload"));
}

/**
 * Queues the transcode of a video into a webinar's HLS stream, inside the
 * caller's transaction. This is the one entry point for every video that
 * becomes a webinar: trainers' uploads, the files in webinars/ and recordings
 * of live webinars.
 */
export async function enqueueWebinarTranscode(tx: Tx, request: TranscodeRequest, options: { dedupeKey?: string } = {}): Promise<void> {
  const queue = { runAt: new Date(), target: { type: TRANSCODE_TARGET, id: request.webinarId } };
  if (options.dedupeKey) await enqueueJobOnce(tx, webinarTranscodeJob, request, { ...queue, dedupeKey: options.dedupeKey });
  else await enqueueJob(tx, webinarTranscodeJob, request, queue);
}

/** The webinar's latest transcode: state, progress and error, for the trainer's page. */
export async function latestTranscode(webinarId: string) {
  return db.job.findFirst({
    where: { kind: webinarTranscodeJob.kind, targetType: TRANSCODE_TARGET, targetId: webinarId },
    orderBy: { createdAt: "desc" },
    select: { id: true, state: true, progress: true, lastError: true, createdAt: true },
  });
}
