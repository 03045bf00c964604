import { describe, expect, it } from "vitest";
import { makeCourse, makeWebinar } from "~/features/reports/test-support/report-fixtures";
import { db } from "~/platform/db/db.server";
import { reviewCutoff, reviewsDue } from "./reviews-due.server";

describe("content due for review", () => {
  it("lists active modules, webinars and resources last reviewed more than 12 months ago or never, the oldest first", async () => {
    const now = new Date("2026-11-29T08:00:00Z");
    const course = await makeCourse("review-course", [
      { slug: "stale", quiz: null },
      { slug: "fresh", quiz: null },
      { slug: "just-in-time", quiz: null },
      { slug: "removed", quiz: null },
    ]);
    const [stale, fresh, justInTime, removed] = course.modules;
    await db.courseModule.update({ where: { id: stale!.id }, data: { reviewedOn: new Date("2025-06-01T00:00:00Z") } });
    await db.courseModule.update({ where: { id: fresh!.id }, data: { reviewedOn: new Date("2026-11-01T00:00:00Z") } });
    await db.courseModule.update({ where: { id: justInTime!.id }, data: { reviewedOn: reviewCutoff(now) } });
    await db.courseModule.update({ where: { id: removed!.id }, data: { reviewedOn: new Date("2020-01-01T00:00:00Z"), active: false } });
    const webinar = await makeWebinar("review-webinar", 60, [], ["q1"]);
    await db.webinar.update({ where: { id: webinar.id }, data: { reviewedOn: new Date("2024-01-15T00:00:00Z") } });

    const due = await reviewsDue("en", now);
    const mine = due.filter((row) => row.href.includes("review-"));
    expect(mine.map((row) => [row.kind, row.href, row.reviewed])).toEqual([
      ["webinar", "/en/webinars/review-webinar", "January 15, 2024"],
      ["module", "/en/courses/review-course/stale", "June 1, 2025"],
    ]);
    // A module synced before reviews were recorded has no date: it is due too, before any dated one.
    await db.courseModule.update({ where: { id: fresh!.id }, data: { reviewedOn: null } });
    const zh = await reviewsDue("zh", now);
    expect(zh.filter((row) => row.href.includes("review-"))[0]).toMatchObject({ kind: "module", href: "/zh/courses/review-course/fresh", reviewed: null, title: "单元 fresh" });
  });
});
