import { describe, expect, it } from "vitest";
import { loadCourses } from "~/features/courses/content/load-courses.server";
import { syncCourses } from "~/features/courses/content/sync-courses.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { courseReport } from "~/features/reports/course-report.server";
import { webinarReport } from "~/features/reports/webinar-report.server";
import { db } from "~/platform/db/db.server";
import { loadWebinars } from "~/features/webinars/content/load-webinars.server";
import { syncWebinars } from "~/features/webinars/content/sync-webinars.server";
import { learnerActivity } from "./seed-learner-activity";
import { seedLearners } from "./seed-learners";

async function counts() {
  const [users, enrollments, attempts, answers, progress, checkpoints, certificates] = await Promise.all([
    db.user.count(),
    db.courseEnrollment.count(),
    db.quizAttempt.count(),
    db.quizAnswer.count(),
    db.webinarProgress.count(),
    db.checkpointAnswer.count(),
    db.certificate.count(),
  ]);
  return { users, enrollments, attempts, answers, progress, checkpoints, certificates };
}

describe("demo learners", () => {
  it("are created once, fast, with activity the reports can show", async () => {
    await syncCourses(loadCourses("courses").courses);
    await syncWebinars(loadWebinars("webinars").webinars);
    const now = new Date("2026-11-25T10:00:00Z");

    const started = Date.now();
    expect(await seedLearners("hash", now)).toBe(40);
    expect(Date.now() - started).toBeLessThan(5_000);
    const first = await counts();
    expect(first).toMatchObject({ users: 40, certificates: 0 });
    expect(first.answers).toBeGreaterThan(500);
    expect(first.checkpoints).toBeGreaterThan(20);

    expect(await seedLearners("hash", now)).toBe(0);
    expect(await counts()).toEqual(first);

    const names = (await db.user.findMany({ select: { name: true } })).map((user) => user.name);
    expect(names.some((name) => /[\u4e00-\u9fff]/.test(name))).toBe(true);
    expect(names.some((name) => /^[A-Za-z' ]+$/.test(name))).toBe(true);
    const latest = await db.quizAttempt.aggregate({ _max: { submittedAt: true } });
    expect(latest._max.submittedAt!.getTime()).toBeLessThan(now.getTime());

    for (const course of await db.course.findMany({ select: { slug: true } })) {
      const report = await courseReport(course.slug, "zh");
      expect(report.enrolments).toBeGreaterThan(10);
      expect(report.completions).toBeGreaterThan(2);
      expect(report.completions).toBeLessThan(report.enrolments);
      expect(report.medianDaysToComplete).toBeGreaterThan(3);
      // Some questions are clearly harder than the rest.
      expect(report.questions[0]!.share!).toBeLessThan(0.6);
      expect(report.questions[report.questions.length - 1]!.share!).toBeGreaterThan(0.85);
    }
    const t = await getServerT("en");
    for (const webinar of await db.webinar.findMany({ select: { slug: true } })) {
      const report = await webinarReport(webinar.slug, "en", t);
      expect(report.viewers).toBeGreaterThan(15);
      expect(report.completions).toBeGreaterThan(0);
      // Many drop off early, some watch to the end.
      expect(report.watched.slice(0, 3).reduce((sum, bucket) => sum + bucket.count, 0)).toBeGreaterThan(3);
      expect(report.retention[0]!.share!).toBeGreaterThan(report.retention[report.retention.length - 1]!.share!);
    }
  });

  it("are the same on every run: activity depends only on the learner's number", () => {
    const quiz = { questions: loadCourses("courses").courses[0]!.modules[0]!.quiz!.questions };
    const input = {
      number: 7,
      userId: "demo-learner-07",
      joinedAt: new Date("2026-08-01T00:00:00Z"),
      latest: new Date("2026-11-25T00:00:00Z"),
      courses: [{ id: "course", passMark: 75, modules: [{ id: "m1", slug: "m1", quiz }, { id: "m2", slug: "m2", quiz }] }],
      webinars: [],
    };
    const once = learnerActivity(input);
    expect(once.attempts.length).toBeGreaterThan(0);
    expect(learnerActivity(input)).toEqual(once);
    expect(learnerActivity({ ...input, number: 8 })).not.toEqual(once);
  });
});
