import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { splitBlocks } from "../markdown.server";
import { formatProblem, loadCourses } from "./load-courses.server";
import { manifestFixture, quizFixture, writeCourse } from "./test-support/write-course";

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "courses-"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function problems() {
  return loadCourses(root).problems.map((problem) => formatProblem(problem, root));
}

/** Runs the real `courses:check` command on the fixture folder. */
function runCheck(): { status: number; output: string } {
  try {
    // No resources: the shipped ones link to shipped courses that this folder does not have.
    const output = execFileSync("npx", ["tsx", "scripts/courses-check.ts", root, `--resources=${path.join(root, "no-resources")}`], { encoding: "utf8", stdio: "pipe" });
    return { status: 0, output };
  } catch (error) {
    const failure = error as { status: number; stderr: string };
    return { status: failure.status, output: failure.stderr };
  }
}

describe("course content check", () => {
  it("accepts valid content", () => {
    writeCourse(root, "good", ["one", "two"]);
    expect(problems()).toEqual([]);
    expect(loadCourses(root).courses[0]?.modules.map((module) => module.slug)).toEqual(["one", "two"]);
  });

  it("names the file, line and field of a missing language", () => {
    const manifest = manifestFixture("good", ["one"]);
    writeCourse(root, "good", ["one"], { manifest: { ...manifest, title: { en: "Only English" } } });
    expect(problems()).toEqual(["good/course.yaml:9: title.zh: missing Chinese (zh) text"]);
  });

  it("names a missing Chinese body", () => {
    writeCourse(root, "good", ["one"], { bodies: { one: { zh: "" } } });
    expect(problems()).toEqual(["good/modules/one/zh.md: body: missing Chinese body (zh.md)"]);
  });

  it("names an unknown module reference", () => {
    const dir = writeCourse(root, "good", ["one"]);
    fs.writeFileSync(path.join(dir, "course.yaml"), JSON.stringify(manifestFixture("good", ["one", "ghost"])));
    expect(problems()).toEqual(['good/course.yaml:1: modules[1].slug: unknown module "ghost": no folder modules/ghost']);
  });

  it("names a quiz question with no correct answer", () => {
    const quiz = quizFixture();
    quiz.questions[0]!.choices = quiz.questions[0]!.choices.map((choice) => ({ ...choice, correct: false }));
    writeCourse(root, "good", ["one"], { quiz });
    expect(problems()).toEqual(["good/modules/one/quiz.yaml:8: questions[0].choices: no choice is marked correct"]);
  });

  it("names a duplicate slug", () => {
    writeCourse(root, "first", ["one"]);
    writeCourse(root, "first", ["one"], { folder: "second" });
    expect(problems()).toContain('second/course.yaml:1: slug: "first" must equal the folder name "second"');
    expect(problems()).toContain(`second/course.yaml:1: slug: duplicate slug "first" (also in ${path.join(root, "first", "course.yaml")})`);
  });

  it("fails the npm command with the file, line and field, and passes on good content", () => {
    writeCourse(root, "good", ["one"]);
    expect(runCheck()).toMatchObject({ status: 0 });
    const quiz = quizFixture();
    quiz.questions[0]!.choices[1]!.correct = false;
    writeCourse(root, "good", ["one"], { quiz });
    const failed = runCheck();
    expect(failed.status).toBe(1);
    expect(failed.output).toContain("modules/one/quiz.yaml:8: questions[0].choices: no choice is marked correct");
  }, 30_000);

  it("validates the shipped courses", () => {
    const shipped = loadCourses("courses");
    expect(shipped.problems).toEqual([]);
    expect(shipped.courses.length).toBeGreaterThanOrEqual(4);
    for (const course of shipped.courses) {
      expect(course.modules.length).toBeGreaterThanOrEqual(4);
      for (const module of course.modules) expect(module.quiz?.questions.length ?? 0).toBeGreaterThanOrEqual(5);
    }
  });

  it("writes every shipped module block for block, so the parallel view pairs each Chinese block with its English one", () => {
    const kind = (block: string) => (/^#+ /.exec(block)?.[0] ?? (/^(- |\d+\. )/.test(block) ? "list" : "paragraph"));
    for (const course of loadCourses("courses").courses) {
      for (const module of course.modules) {
        const where = `${course.slug}/${module.slug}`;
        const zh = splitBlocks(module.body.zh).map(kind);
        const en = splitBlocks(module.body.en).map(kind);
        expect(zh, where).toEqual(en);
      }
    }
  });
});
