// Rows for report tests, written straight into the test's own database.
import type { Quiz } from "~/features/quiz/content-schema";
import { db } from "~/platform/db/db.server";

const bi = (en: string, zh: string) => ({ en, zh });

/** A quiz whose questions have the given ids; each has choices a (right) and b (wrong). */
export function quizWith(ids: string[]): Quiz {
  return {
    questions: ids.map((id) => ({
      id,
      type: "single" as const,
      prompt: bi(`Question ${id}?`, `问题 ${id}？`),
      choices: [
        { id: "a", correct: true, text: bi("Right", "对") },
        { id: "b", correct: false, text: bi("Wrong", "错") },
      ],
      explanation: bi("Because.", "因为。"),
    })),
  };
}

export async function makeUsers(prefix: string, count: number) {
  return Promise.all(
    Array.from({ length: count }, (_, index) =>
      db.user.create({ data: { email: `${prefix}-${index}@example.com`, passwordHash: "x", name: `${prefix} ${index}` } }),
    ),
  );
}

export async function makeCourse(slug: string, modules: { slug: string; quiz: Quiz | null }[]) {
  return db.course.create({
    data: {
      slug,
      category: "toys",
      audiences: '["buyer"]',
      titleZh: `课程 ${slug}`,
      titleEn: `Course ${slug}`,
      summaryZh: "摘要",
      summaryEn: "Summary",
      estimatedMinutes: 30,
      passMark: 75,
      position: 0,
      modules: {
        create: modules.map((module, position) => ({
          slug: module.slug,
          position,
          titleZh: `单元 ${module.slug}`,
          titleEn: `Module ${module.slug}`,
          bodyZh: "正文",
          bodyEn: "Body",
          quiz: module.quiz ? JSON.stringify(module.quiz) : null,
          estimatedMinutes: 10,
        })),
      },
    },
    include: { modules: { orderBy: { position: "asc" } } },
  });
}

/** One graded attempt with the given per-question correctness. */
export async function addAttempt(input: { userId: string; target: { moduleId: string } | { webinarId: string }; number: number; correct: Record<string, boolean>; passed: boolean }) {
  const answers = Object.entries(input.correct);
  return db.quizAttempt.create({
    data: {
      userId: input.userId,
      ...input.target,
      number: input.number,
      score: Math.floor((answers.filter(([, right]) => right).length / answers.length) * 100),
      passed: input.passed,
      answers: { create: answers.map(([questionId, correct]) => ({ questionId, correct, selected: JSON.stringify([correct ? "a" : "b"]) })) },
    },
  });
}

/** A webinar of `durationSeconds` with checkpoints at the given times and a final quiz. */
export async function makeWebinar(slug: string, durationSeconds: number, checkpoints: { at: number; id: string }[], finalQuestionIds: string[]) {
  return db.webinar.create({
    data: {
      slug,
      titleZh: `研讨会 ${slug}`,
      titleEn: `Webinar ${slug}`,
      descriptionZh: "简介",
      descriptionEn: "About",
      speakers: JSON.stringify([{ name: bi("Speaker", "讲者"), organization: bi("CPSC", "CPSC") }]),
      recordedOn: new Date("2026-03-24T00:00:00Z"),
      durationSeconds,
      category: "toys",
      requiredShare: 0.9,
      passMark: 75,
      media: JSON.stringify({ video: "video.webm", poster: "poster.jpg", captions: { zh: "zh.vtt", en: "en.vtt" }, chapters: "chapters.vtt" }),
      checkpoints: JSON.stringify(checkpoints.map((checkpoint) => ({ at: checkpoint.at, question: quizWith([checkpoint.id]).questions[0] }))),
      finalQuiz: JSON.stringify(quizWith(finalQuestionIds)),
      position: 0,
    },
  });
}
