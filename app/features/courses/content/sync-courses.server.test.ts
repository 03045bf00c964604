import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "~/platform/db/db.server";
import { loadCourses } from "./load-courses.server";
import { syncCourses } from "./sync-courses.server";
import { reviewFixture, writeCourse } from "./test-support/write-course";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "sync-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

async function sync() {
  const { courses, problems } = loadCourses(root);
  expect(problems).toEqual([]);
  return syncCourses(courses);
}

describe("courses:sync", () => {
  it("is idempotent, keeps progress across edits and never deletes removed modules", async () => {
    writeCourse(root, "sync-course", ["alpha", "beta"]);
    await sync();
    await sync();
    const course = await db.course.findUniqueOrThrow({ where: { slug: "sync-course" }, include: { modules: true } });
    expect(course.modules).toHaveLength(2);

    const user = await db.user.create({ data: { email: "sync@example.com", passwordHash: "x", name: "同步" } });
    const alpha = course.modules.find((module) => module.slug === "alpha")!;
    expect(JSON.parse(alpha.sources)).toEqual(reviewFixture().sources);
    expect(alpha.reviewedOn?.toISOString()).toBe(`${reviewFixture().reviewed}T00:00:00.000Z`);
    await db.moduleProgress.create({ data: { userId: user.id, moduleId: alpha.id, completedAt: new Date() } });

    await db.courseEnrollment.create({ data: { userId: user.id, courseId: course.id } });

    writeCourse(root, "sync-course", ["alpha"], { bodies: { alpha: { en: "## Heading\n\nEdited English text." } } });
    fs.rmSync(path.join(root, "sync-course", "modules", "beta"), { recursive: true });
    const summary = await sync();
    expect(summary.deactivatedModules).toBe(1);
    // The learner had finished the only module left, so the course is now complete.
    expect(summary.newlyCompleted).toBe(1);
    expect((await db.courseEnrollment.findFirstOrThrow({ where: { userId: user.id } })).completedAt).toBeInstanceOf(Date);

    const after = await db.courseModule.findMany({ where: { courseId: course.id }, orderBy: { position: "asc" } });
    expect(after.map((module) => [module.slug, module.active])).toEqual([
      ["alpha", true],
      ["beta", false],
    ]);
    expect(after[0]!.id).toBe(alpha.id);
    expect(after[0]!.bodyEn).toContain("Edited English text.");
    expect(await db.moduleProgress.count({ where: { userId: user.id, moduleId: alpha.id, completedAt: { not: null } } })).toBe(1);

    fs.rmSync(path.join(root, "sync-course"), { recursive: true });
    expect((await sync()).deactivatedCourses).toBeGreaterThanOrEqual(1);
    expect((await db.course.findUniqueOrThrow({ where: { slug: "sync-course" } })).active).toBe(false);
  });
});
