import { describe, expect, it } from "vitest";
import { db } from "~/platform/db/db.server";
import type { Quiz } from "./content-schema";
import { completeModule, courseProgress } from "~/features/courses/progress.server";
import { requireCourse, type CourseWithModules, type ModuleRow } from "~/features/courses/queries.server";
import { attemptLayout, attemptSeed, nextAttemptNumber, QUIZ_LAYOUTS, quizProgress, requestedAttempt, submitQuizAttempt as submitGeneric } from "./attempts.server";

/** The course flavour of a submission, as the module quiz route makes it. */
function submitQuizAttempt(input: { userId: string; course: CourseWithModules; module: ModuleRow; quiz: Quiz; attemptNumber: number; answers: Record<string, string[]> }) {
  const { userId, course, module } = input;
  return submitGeneric({ userId, target: { moduleId: module.id }, quiz: input.quiz, passMark: course.passMark, maxAttempts: course.maxAttempts, attemptNumber: input.attemptNumber, answers: input.answers, onPassed: (tx) => completeModule(tx, userId, course.id, module.id) });
}

const bi = (en: string) => ({ zh: `中${en}`, en });
const quiz: Quiz = {
  questions: [
    {
      id: "only",
      type: "truefalse",
      prompt: bi("True?"),
      choices: [
        { id: "true", correct: true, text: bi("True") },
        { id: "false", correct: false, text: bi("False") },
      ],
      explanation: bi("Yes"),
    },
  ],
};

async function setup(slug: string, maxAttempts: number | null) {
  const course = await db.course.create({
    data: {
      slug,
      category: "toys",
      audiences: "[]",
      titleZh: "课",
      titleEn: "Course",
      summaryZh: "摘要",
      summaryEn: "Summary",
      estimatedMinutes: 10,
      passMark: 100,
      maxAttempts,
      position: 99,
      modules: {
        create: ["m1", "m2"].map((moduleSlug, position) => ({
          slug: moduleSlug,
          position,
          titleZh: "模块",
          titleEn: "Module",
          bodyZh: "正文",
          bodyEn: "Body",
          quiz: JSON.stringify(quiz),
          estimatedMinutes: 5,
        })),
      },
    },
  });
  const user = await db.user.create({ data: { email: `${slug}@example.com`, passwordHash: "x", name: "学员" } });
  return { course: await requireCourse(course.slug), userId: user.id };
}

describe("quiz attempts", () => {
  it("records graded attempts, refuses replays, and completes the course when every quiz is passed", async () => {
    const { course, userId } = await setup("attempts-course", null);
    const [m1, m2] = course.modules as [(typeof course.modules)[number], (typeof course.modules)[number]];
    const submit = (module: typeof m1, attemptNumber: number, answer: string) =>
      submitQuizAttempt({ userId, course, module, quiz, attemptNumber, answers: { only: [answer] } });

    const failed = await submit(m1, 1, "false");
    expect(failed).toMatchObject({ ok: true, number: 1, grade: { score: 0, passed: false } });
    expect(await submit(m1, 1, "true")).toEqual({ ok: false, reason: "replayed" });
    expect(await submit(m1, 5, "true")).toEqual({ ok: false, reason: "replayed" });
    expect(await nextAttemptNumber(userId, { moduleId: m1.id })).toBe(2);
    expect(await quizProgress(userId, { moduleId: m1.id })).toEqual({ status: { attempts: 1, bestScore: 0, passed: false }, nextAttemptNumber: 2 });

    expect(await submit(m1, 2, "true")).toMatchObject({ ok: true, grade: { passed: true } });
    expect((await courseProgress(userId, course.id)).completedAt).toBeNull();
    await submit(m2, 1, "true");
    const progress = await courseProgress(userId, course.id);
    expect(progress.completedAt).toBeInstanceOf(Date);
    expect(progress.completedModuleIds.sort()).toEqual([m1.id, m2.id].sort());

    const answers = await db.quizAnswer.findMany({ where: { attempt: { userId, moduleId: m1.id } }, orderBy: { attempt: { number: "asc" } } });
    expect(answers.map((answer) => [answer.selected, answer.correct])).toEqual([
      ['["false"]', false],
      ['["true"]', true],
    ]);
  });

  it("refuses attempts beyond the manifest's limit", async () => {
    const { course, userId } = await setup("limited-course", 1);
    const module = course.modules[0]!;
    await submitQuizAttempt({ userId, course, module, quiz, attemptNumber: 1, answers: { only: ["false"] } });
    expect(await submitQuizAttempt({ userId, course, module, quiz, attemptNumber: 2, answers: { only: ["true"] } })).toEqual({
      ok: false,
      reason: "noAttemptsLeft",
    });
  });

  it("records one attempt when the same form is submitted twice at once", async () => {
    const { course, userId } = await setup("race-course", null);
    const module = course.modules[0]!;
    const results = await Promise.all(
      [0, 1, 2].map(() => submitQuizAttempt({ userId, course, module, quiz, attemptNumber: 1, answers: { only: ["true"] } })),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.quizAttempt.count({ where: { userId, moduleId: module.id } })).toBe(1);
  });
});

describe("attempt layouts", () => {
  const target = { moduleId: "module-1" };
  const learners = Array.from({ length: 400 }, (_, index) => `learner-${index}`);

  it("gives each learner's attempt one layout, the same every time it is asked, and spreads a class over all of them", () => {
    const layouts = learners.map((userId) => attemptLayout(userId, target, 1));
    expect(learners.map((userId) => attemptLayout(userId, target, 1))).toEqual(layouts);
    expect(new Set(layouts)).toEqual(new Set(Array.from({ length: QUIZ_LAYOUTS }, (_, layout) => layout)));
    // No layout holds much more than its share (400 / 16 = 25 learners).
    for (let layout = 0; layout < QUIZ_LAYOUTS; layout++) expect(layouts.filter((given) => given === layout).length).toBeLessThan(50);
  });

  it("picks the next attempt's layout anew, and seeds learners given the same layout alike", () => {
    const changed = learners.filter((userId) => attemptLayout(userId, target, 1) !== attemptLayout(userId, target, 2));
    expect(changed.length).toBeGreaterThan(learners.length / 2);
    const [first, second] = learners.filter((userId) => attemptLayout(userId, target, 1) === attemptLayout(learners[0]!, target, 1));
    expect(attemptSeed(first!, target, 1)).toBe(attemptSeed(second!, target, 1));
    const other = learners.find((userId) => attemptLayout(userId, target, 1) !== attemptLayout(learners[0]!, target, 1))!;
    expect(attemptSeed(other, target, 1)).not.toBe(attemptSeed(first!, target, 1));
  });

  it("leaves a webinar's final quiz, whose page is not shared, a seed of each learner's own", () => {
    const webinar = { webinarId: "webinar-1" };
    const [first, second] = learners.filter((userId) => attemptLayout(userId, webinar, 1) === attemptLayout(learners[0]!, webinar, 1));
    expect(attemptSeed(first!, webinar, 1)).not.toBe(attemptSeed(second!, webinar, 1));
    expect(attemptSeed(first!, webinar, 1)).not.toBe(attemptSeed(first!, webinar, 2));
  });
});

describe("the attempt a quiz page's URL asks for", () => {
  const asked = (query: string) => requestedAttempt(new URL(`http://localhost/zh/quiz${query}`));

  it("is a plain whole number the database can hold, else none (the next attempt's form)", () => {
    expect(asked("?attempt=3")).toBe(3);
    expect(asked("?attempt=999999999")).toBe(999_999_999);
    for (const odd of ["", "?attempt=", "?attempt=0", "?attempt=-1", "?attempt=1e20", "?attempt=2147483648", "?attempt=0x1", "?attempt=1.0", "?attempt=%201"]) expect(asked(odd)).toBeNull();
  });
});
