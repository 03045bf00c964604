import { describe, expect, it } from "vitest";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { makeCourse } from "~/features/reports/test-support/report-fixtures";
import { db } from "~/platform/db/db.server";
import { recordModuleVisit } from "./progress.server";

const MINUTE = 60_000;

describe("module visits", () => {
  it("remembers the module to continue from, writing only when the place or a stale time changes", async () => {
    const user = await makeUser("learner");
    const course = await makeCourse(`visits-${user.id}`, [{ slug: "one", quiz: null }, { slug: "two", quiz: null }]);
    const [first, second] = course.modules;
    const courseId = course.id;
    const enrollment = () => db.courseEnrollment.findUniqueOrThrow({ where: { userId_courseId: { userId: user.id, courseId } } });
    const t0 = new Date("2026-05-01T08:00:00Z");

    expect(await recordModuleVisit(user.id, courseId, first!.id, t0)).toEqual({ completed: false });
    expect(await enrollment()).toMatchObject({ lastModuleId: first!.id, lastVisitAt: t0 });
    expect(await db.moduleProgress.count({ where: { userId: user.id, moduleId: first!.id } })).toBe(1);

    // Reloading the same module a few minutes later changes nothing.
    await recordModuleVisit(user.id, courseId, first!.id, new Date(t0.getTime() + 5 * MINUTE));
    expect((await enrollment()).lastVisitAt).toEqual(t0);

    // Another module moves the mark at once, and starts that module.
    const t1 = new Date(t0.getTime() + 6 * MINUTE);
    await recordModuleVisit(user.id, courseId, second!.id, t1);
    expect(await enrollment()).toMatchObject({ lastModuleId: second!.id, lastVisitAt: t1 });
    expect(await db.moduleProgress.count({ where: { userId: user.id, moduleId: second!.id } })).toBe(1);

    // The same module after a long while renews the time.
    const t2 = new Date(t1.getTime() + 11 * MINUTE);
    await recordModuleVisit(user.id, courseId, second!.id, t2);
    expect((await enrollment()).lastVisitAt).toEqual(t2);

    await db.moduleProgress.update({ where: { userId_moduleId: { userId: user.id, moduleId: second!.id } }, data: { completedAt: t2 } });
    expect(await recordModuleVisit(user.id, courseId, second!.id, t2)).toEqual({ completed: true });
  });
});
