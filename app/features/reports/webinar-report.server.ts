import type { TFunction } from "i18next";
import type { Language } from "~/platform/i18n/languages";
import { db } from "~/platform/db/db.server";
import { parseIntervals } from "~/features/webinars/watch-progress.server";
import { requireWebinar } from "~/features/webinars/webinars.server";
import { localized } from "~/platform/i18n/localized";
import { hardestFirst, questionShares, type QuestionShare } from "./question-shares.server";
import { videoTime } from "./video-time";
import { retention, retentionStep, share, shareHistogram, type Bucket, type RetentionPoint } from "./stats";

export type WebinarReport = {
  slug: string;
  title: string;
  durationSeconds: number;
  /** People who watched any of the video. */
  viewers: number;
  completions: number;
  completionRate: number | null;
  watched: Bucket[];
  retentionStep: number;
  retention: RetentionPoint[];
  checkpoints: QuestionShare[];
  finalQuiz: QuestionShare[];
};

/** Everything on a webinar report, in four queries whatever the number of viewers. */
export async function webinarReport(slug: string | undefined, language: Language, t: TFunction): Promise<WebinarReport> {
  const webinar = await requireWebinar(slug, language);
  const [progress, completions, checkpointCounts, finalCounts] = await Promise.all([
    db.webinarProgress.findMany({ where: { webinarId: webinar.id, watchedSeconds: { gt: 0 } }, select: { intervals: true, watchedSeconds: true } }),
    db.webinarProgress.count({ where: { webinarId: webinar.id, completedAt: { not: null } } }),
    db.checkpointAnswer.groupBy({ by: ["questionId", "correct"], where: { webinarId: webinar.id }, _count: { _all: true } }),
    db.quizAnswer.groupBy({ by: ["questionId", "correct"], where: { attempt: { webinarId: webinar.id } }, _count: { _all: true } }),
  ]);
  const duration = webinar.durationSeconds;
  const step = retentionStep(duration);
  const checkpoints = webinar.checkpointList.flatMap((checkpoint) =>
    questionShares([checkpoint.question], checkpointCounts, t("reports.webinar.checkpointAt", { time: videoTime(checkpoint.at) }), language),
  );
  return {
    slug: webinar.slug,
    title: localized(webinar, "title", language),
    durationSeconds: duration,
    viewers: progress.length,
    completions,
    completionRate: share(completions, progress.length),
    watched: shareHistogram(progress.map((row) => row.watchedSeconds / duration)),
    retentionStep: step,
    retention: retention(progress.map((row) => parseIntervals(row.intervals)), duration, step),
    checkpoints: hardestFirst(checkpoints),
    finalQuiz: hardestFirst(questionShares(webinar.quiz?.questions ?? [], finalCounts, t("reports.webinar.finalQuiz"), language)),
  };
}
