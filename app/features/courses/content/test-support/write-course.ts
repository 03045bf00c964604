import fs from "node:fs";
import path from "node:path";
import { stringify } from "yaml";

const bi = (en: string) => ({ zh: `中文：${en}`, en });

export function quizFixture() {
  return {
    questions: [
      {
        id: "q1",
        type: "single",
        prompt: bi("Pick b"),
        choices: [
          { id: "a", correct: false, text: bi("A") },
          { id: "b", correct: true, text: bi("B") },
        ],
        explanation: bi("b is right"),
      },
    ],
  };
}

/** A module's, resource's or webinar's `reviewed` date and one official source. */
export function reviewFixture() {
  return { reviewed: "2026-11-01", sources: [{ citation: "16 CFR 1500", url: "https://www.ecfr.gov/current/title-16/chapter-II/subchapter-C/part-1500" }] };
}

export function manifestFixture(slug: string, modules: string[]) {
  return {
    slug,
    category: "toys",
    audiences: ["manufacturer"],
    estimatedMinutes: 30,
    passMark: 75,
    maxAttempts: null,
    title: bi(`Course ${slug}`),
    summary: bi("Summary"),
    modules: modules.map((module) => ({ slug: module, estimatedMinutes: 10, title: bi(`Module ${module}`), ...reviewFixture() })),
  };
}

/** Writes a valid course folder; the overrides let a test break one part of it. */
export function writeCourse(
  root: string,
  slug: string,
  modules: string[],
  overrides: { manifest?: object; quiz?: object; folder?: string; bodies?: Record<string, { zh?: string; en?: string }> } = {},
) {
  const dir = path.join(root, overrides.folder ?? slug);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "course.yaml"), stringify(overrides.manifest ?? manifestFixture(slug, modules)));
  for (const module of modules) {
    const moduleDir = path.join(dir, "modules", module);
    fs.mkdirSync(moduleDir, { recursive: true });
    const body = overrides.bodies?.[module] ?? {};
    if (body.zh !== "") fs.writeFileSync(path.join(moduleDir, "zh.md"), body.zh ?? `## 标题\n\n${module} 的中文正文。`);
    if (body.en !== "") fs.writeFileSync(path.join(moduleDir, "en.md"), body.en ?? `## Heading\n\nEnglish body of ${module}.`);
    fs.writeFileSync(path.join(moduleDir, "quiz.yaml"), stringify(overrides.quiz ?? quizFixture()));
  }
  return dir;
}
