import path from "node:path";
import { FileStore } from "@tus/file-store";
import { MemoryLocker, Server } from "@tus/server";
import type { PublicUser } from "~/features/auth/user.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import type { Language } from "~/platform/i18n/languages";
import { env } from "~/platform/runtime/env.server";
import { uploadsFolder } from "../media/media-storage.server";
import { VIDEO_FILE_NAME } from "./video-file-types";
import { adoptUploadedVideo } from "./webinar-admin.server";

// Uploads and their metadata (`<id>` and `<id>.json`) live in the shared media folder, so a
// resumed upload may reach any app process. The lock only orders the requests one process gets
// for one upload; a client sends one request at a time. An upload left unfinished is removed
// once idle for a day by the `webinar.uploadCleanup` job (abandoned-uploads.server.ts).
const store = new FileStore({ directory: uploadsFolder });
const locker = new MemoryLocker();

/** The tus endpoint of one webinar's video, under the trainer's page. */
export function uploadEndpoint(language: Language, webinarId: string): string {
  return `/${language}/trainer/webinars/${webinarId}/upload`;
}

/**
 * Answers one request of the tus resumable-upload protocol (creation, offset
 * query, chunk) for a webinar's video, with @tus/server. The caller has checked
 * that a trainer sends it; the cross-site check and the per-request body cap
 * (1 MB, so the client sends chunks of 1 MB) run before. An upload belongs to
 * the webinar it was created for; once complete, its transcode is queued.
 */
export async function answerVideoUpload(request: Request, input: { language: Language; webinarId: string; actor: PublicUser }): Promise<Response> {
  const t = await getServerT(input.language);
  const refuse = (status_code: number, body: string) => ({ status_code, body });
  const server = new Server({
    path: uploadEndpoint(input.language, input.webinarId),
    datastore: store,
    locker,
    relativeLocation: true,
    maxSize: env.UPLOAD_MAX_BYTES,
    async onUploadCreate(_request, upload) {
      const fileName = upload.metadata?.filename ?? "";
      if (!VIDEO_FILE_NAME.test(fileName)) throw refuse(415, t("webinarAdmin.video.wrongType"));
      return { metadata: { filename: fileName, webinarId: input.webinarId } };
    },
    async onIncomingRequest(incoming, uploadId) {
      if (incoming.method === "POST" || !uploadId) return;
      const upload = await store.getUpload(uploadId).catch(() => null);
      if (upload && upload.metadata?.webinarId !== input.webinarId) throw refuse(404, "Not Found");
    },
    async onUploadFinish(_request, upload) {
      await adoptUploadedVideo(input.webinarId, path.join(uploadsFolder, upload.id), input.actor, upload.metadata?.filename ?? "");
      return {};
    },
    onResponseError(_request, error) {
      if ("status_code" in error && error.status_code === 413) return refuse(413, t("webinarAdmin.video.tooLarge", { gigabytes: Math.floor(env.UPLOAD_MAX_BYTES / 1024 ** 3) }));
      return undefined;
    },
  });
  return server.handleWeb(request);
}
