import { describe, expect, it } from "vitest";
import { getServerT } from "~/platform/i18n/i18next.server";
import { db } from "~/platform/db/db.server";
import { markCheckpointAnswered } from "~/features/webinars/watch-progress.server";
import { addAttempt, makeUsers, makeWebinar } from "./test-support/report-fixtures";
import { webinarReport } from "./webinar-report.server";

describe("webinar report", () => {
  it("counts viewers, completions, watched shares, retention and answers per question from the rows", async () => {
    const webinar = await makeWebinar("report-webinar", 100, [{ at: 8, id: "cp1" }, { at: 60, id: "cp2" }], ["f1", "f2"]);
    const [a, b, c, d, opened] = await makeUsers("webinar-report", 5);
    const progress = (user: { id: string }, intervals: [number, number][], completed = false) =>
      db.webinarProgress.create({
        data: {
          userId: user.id,
          webinarId: webinar.id,
          intervals: JSON.stringify(intervals),
          watchedSeconds: intervals.reduce((sum, [start, end]) => sum + end - start, 0),
          completedAt: completed ? new Date() : null,
        },
      });
    await progress(a!, [[0, 100]], true);
    await progress(b!, [[0, 25]]);
    await progress(c!, [[0, 10], [50, 100]]);
    await progress(d!, [[0, 2]]);
    await progress(opened!, []);
    for (const [user, correct] of [[a, true], [b, true], [c, true], [d, false]] as const) {
      await markCheckpointAnswered(user!.id, webinar.id, "cp1", correct);
    }
    await markCheckpointAnswered(a!.id, webinar.id, "cp2", false);
    await markCheckpointAnswered(c!.id, webinar.id, "cp2", false);
    // A second answer to the same checkpoint does not change the first.
    await markCheckpointAnswered(c!.id, webinar.id, "cp2", true);
    await addAttempt({ userId: a!.id, target: { webinarId: webinar.id }, number: 1, correct: { f1: true, f2: false }, passed: false });
    await addAttempt({ userId: a!.id, target: { webinarId: webinar.id }, number: 2, correct: { f1: true, f2: true }, passed: true });

    const report = await webinarReport("report-webinar", "en", await getServerT("en"));
    expect(report).toMatchObject({ title: "Webinar report-webinar", viewers: 4, completions: 1, completionRate: 0.25, retentionStep: 5 });
    expect(report.watched.map((bucket) => bucket.count)).toEqual([1, 0, 1, 0, 0, 0, 1, 0, 0, 1]);
    expect(report.retention).toHaveLength(20);
    const at = (second: number) => report.retention.find((point) => point.from === second);
    expect(at(0)).toEqual({ from: 0, to: 5, viewers: 3, share: 0.75 });
    expect(at(20)?.viewers).toBe(2);
    expect(at(25)?.viewers).toBe(1);
    expect(at(50)?.viewers).toBe(2);
    expect(at(95)).toEqual({ from: 95, to: 100, viewers: 2, share: 0.5 });
    expect(report.checkpoints).toEqual([
      { source: "Video at 1:00", questionId: "cp2", prompt: "Question cp2?", answers: 2, correct: 0, share: 0 },
      { source: "Video at 0:08", questionId: "cp1", prompt: "Question cp1?", answers: 4, correct: 3, share: 0.75 },
    ]);
    expect(report.finalQuiz.map((question) => [question.questionId, question.correct, question.answers])).toEqual([
      ["f2", 1, 2],
      ["f1", 2, 2],
    ]);
  });

  it("is a 404 for an unknown webinar", async () => {
    await expect(webinarReport("no-such-webinar", "zh", await getServerT("zh"))).rejects.toMatchObject({ status: 404 });
  });
});
