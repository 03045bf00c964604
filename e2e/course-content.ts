import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";

type Choice = { id: string; correct: boolean; text: { zh: string; en: string } };
type Question = { id: string; type: string; choices: Choice[]; explanation: { zh: string; en: string } };

/** The answer key of a shipped module quiz, read from the content files (the page never has it). */
export function quizKey(course: string, module: string): Question[] {
  const file = path.join("courses", course, "modules", module, "quiz.yaml");
  return (parse(fs.readFileSync(file, "utf8")) as { questions: Question[] }).questions;
}

export function courseModules(course: string): { slug: string; title: { zh: string; en: string } }[] {
  return (parse(fs.readFileSync(path.join("courses", course, "course.yaml"), "utf8")) as { modules: { slug: string; title: { zh: string; en: string } }[] }).modules;
}

export function courseTitle(course: string): { zh: string; en: string } {
  return (parse(fs.readFileSync(path.join("courses", course, "course.yaml"), "utf8")) as { title: { zh: string; en: string } }).title;
}

/** A shipped module's `reviewed` date and `sources`, read from its course manifest. */
export function moduleReview(course: string, module: string): { reviewed: string; sources: { citation: string; url: string }[] } {
  const manifest = parse(fs.readFileSync(path.join("courses", course, "course.yaml"), "utf8")) as {
    modules: { slug: string; reviewed: string; sources: { citation: string; url: string }[] }[];
  };
  return manifest.modules.find((entry) => entry.slug === module)!;
}

/** Slugs of the shipped courses, one folder each. */
export function courseSlugs(): string[] {
  return fs
    .readdirSync("courses", { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}
