// What the webinar page shows of the learner signed in: its loader takes it
// from here and nowhere else, since the server may hand a page rendered for
// one learner to another whose parts are the same (decisions 0038, 0039).
// Where the learner is in the video and their checkpoint questions are not
// on the page: the player fetches them (routes/progress.ts, `watchState`).
import type { PublicUser } from "~/features/auth/user.server";
import { certificateNumberFor } from "~/features/certificates/holder.server";
import { db } from "~/platform/db/db.server";
import type { Language } from "~/platform/i18n/languages";
import { isCaptionMode, type CaptionMode } from "./caption-modes";
import { publicCheckpoints } from "./checkpoints.server";
import { getOrStartProgress } from "./watch-progress.server";
import { watchedPercent } from "./watched-percent";
import type { WebinarRecord } from "./webinars.server";

export type WebinarPageParts = {
  signedIn: boolean;
  /** Whole percent of the video watched, as the page shows it. */
  percent: number;
  completedAt: Date | null;
  certificateNumber: string | null;
  /** The captions the learner chose last, on any webinar or device. */
  captionMode: CaptionMode | null;
};

/** Opening the page starts the learner's progress on the webinar (the reports count it as opened). */
export async function webinarPageParts(user: PublicUser | null, webinar: Pick<WebinarRecord, "id" | "durationSeconds">): Promise<WebinarPageParts> {
  if (!user) return { signedIn: false, percent: 0, completedAt: null, certificateNumber: null, captionMode: null };
  const [progress, chosen] = await Promise.all([
    getOrStartProgress(user.id, webinar.id),
    db.user.findUnique({ where: { id: user.id }, select: { captionMode: true } }),
  ]);
  return {
    signedIn: true,
    percent: watchedPercent(progress.watchedSeconds / webinar.durationSeconds),
    completedAt: progress.completedAt,
    certificateNumber: progress.completedAt ? await certificateNumberFor(user.id, "webinar", webinar.id) : null,
    captionMode: isCaptionMode(chosen?.captionMode) ? chosen.captionMode : null,
  };
}

/** Where the learner is in the video and the checkpoints they meet there, with choices encoded for them alone. */
export async function watchState(user: PublicUser, webinar: WebinarRecord, language: Language) {
  const progress = await getOrStartProgress(user.id, webinar.id);
  return {
    position: progress.position,
    answered: JSON.parse(progress.answeredCheckpoints) as string[],
    checkpoints: publicCheckpoints(webinar, user.id, language),
  };
}

export type WatchState = Awaited<ReturnType<typeof watchState>>;
