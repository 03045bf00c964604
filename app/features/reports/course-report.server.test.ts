import { describe, expect, it } from "vitest";
import { db } from "~/platform/db/db.server";
import { courseReport } from "./course-report.server";
import { addAttempt, makeCourse, makeUsers, quizWith } from "./test-support/report-fixtures";

const DAY = 86_400_000;

describe("course report", () => {
  it("counts enrolments, completions, median days, pass rates and per-question shares from the rows", async () => {
    // Both modules ask a question with the id "shared": their answers must not mix.
    const course = await makeCourse("report-course", [
      { slug: "one", quiz: quizWith(["easy", "hard", "shared"]) },
      { slug: "two", quiz: quizWith(["shared", "other"]) },
    ]);
    const [one, two] = course.modules;
    const users = await makeUsers("course-report", 5);
    const start = new Date("2026-09-01T00:00:00Z");
    const completedAfterDays = [2, 5, 9, null, null];
    await db.courseEnrollment.createMany({
      data: completedAfterDays.map((days, index) => ({
        userId: users[index]!.id,
        courseId: course.id,
        startedAt: start,
        completedAt: days === null ? null : new Date(start.getTime() + days * DAY),
      })),
    });
    // Module one: user 0 passes at once; user 1 fails, then passes; user 2 fails twice.
    await addAttempt({ userId: users[0]!.id, target: { moduleId: one!.id }, number: 1, correct: { easy: true, hard: true, shared: true }, passed: true });
    await addAttempt({ userId: users[1]!.id, target: { moduleId: one!.id }, number: 1, correct: { easy: true, hard: false, shared: false }, passed: false });
    await addAttempt({ userId: users[1]!.id, target: { moduleId: one!.id }, number: 2, correct: { easy: true, hard: false, shared: true }, passed: true });
    await addAttempt({ userId: users[2]!.id, target: { moduleId: one!.id }, number: 1, correct: { easy: false, hard: false, shared: true }, passed: false });
    await addAttempt({ userId: users[2]!.id, target: { moduleId: one!.id }, number: 2, correct: { easy: true, hard: false, shared: true }, passed: false });
    // Module two: user 0 passes with "shared" wrong.
    await addAttempt({ userId: users[0]!.id, target: { moduleId: two!.id }, number: 1, correct: { shared: false, other: true }, passed: true });

    const report = await courseReport("report-course", "zh");
    expect(report).toMatchObject({ title: "课程 report-course", enrolments: 5, completions: 3, completionRate: 3 / 5, medianDaysToComplete: 5 });
    expect(report.modules).toEqual([
      { title: "单元 one", learners: 3, attempts: 5, passedLearners: 2, passRate: 2 / 3 },
      { title: "单元 two", learners: 1, attempts: 1, passedLearners: 1, passRate: 1 },
    ]);
    const byKey = new Map(report.questions.map((question) => [`${question.source}/${question.questionId}`, question]));
    expect(byKey.get("单元 one/hard")).toMatchObject({ prompt: "问题 hard？", answers: 5, correct: 1, share: 1 / 5 });
    expect(byKey.get("单元 one/easy")).toMatchObject({ answers: 5, correct: 4, share: 4 / 5 });
    expect(byKey.get("单元 one/shared")).toMatchObject({ answers: 5, correct: 4 });
    expect(byKey.get("单元 two/shared")).toMatchObject({ answers: 1, correct: 0, share: 0 });
    // Hardest first.
    expect(report.questions.map((question) => question.share)).toEqual([0, 0.2, 0.8, 0.8, 1]);
    expect(report.questions[0]).toMatchObject({ source: "单元 two", questionId: "shared" });
  });

  it("reports an empty course without dividing by zero, and an unknown slug as 404", async () => {
    await makeCourse("empty-course", [{ slug: "only", quiz: quizWith(["q"]) }]);
    const report = await courseReport("empty-course", "en");
    expect(report).toMatchObject({ enrolments: 0, completions: 0, completionRate: null, medianDaysToComplete: null });
    expect(report.questions).toEqual([{ source: "Module only", questionId: "q", prompt: "Question q?", answers: 0, correct: 0, share: null }]);
    await expect(courseReport("no-such-course", "en")).rejects.toMatchObject({ status: 404 });
  });
});
