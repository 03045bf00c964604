// The content rules of `npm run courses:check`, run as the real command on
// fixture folders: each broken fixture alone fails it, naming file and line.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { manifestFixture, reviewFixture, writeCourse } from "../app/features/courses/content/test-support/write-course";

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "content-check-"));
  fs.mkdirSync(path.join(root, "webinars"));
  fs.mkdirSync(path.join(root, "resources"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function runCheck(): { status: number; output: string } {
  const args = [path.join(root, "courses"), `--webinars=${path.join(root, "webinars")}`, `--resources=${path.join(root, "resources")}`];
  try {
    return { status: 0, output: execFileSync(path.resolve("node_modules/.bin/tsx"), ["scripts/courses-check.ts", ...args], { encoding: "utf8", stdio: "pipe" }) };
  } catch (error) {
    const failure = error as { status: number; stdout: string; stderr: string };
    return { status: failure.status, output: failure.stdout + failure.stderr };
  }
}

/** The 1-based number of the first line of `file` that contains `text`. */
function lineOf(file: string, text: string): number {
  return fs.readFileSync(file, "utf8").split("\n").findIndex((line) => line.includes(text)) + 1;
}

const bi = (en: string) => ({ zh: `中文：${en}`, en });

/** A valid webinar folder (empty media files) whose Chinese captions are `captionsZh`. */
function writeWebinar(slug: string, captionsZh: string) {
  const dir = path.join(root, "webinars", slug);
  fs.mkdirSync(dir, { recursive: true });
  for (const file of ["video.webm", "poster.jpg", "chapters.vtt"]) fs.writeFileSync(path.join(dir, file), "");
  fs.writeFileSync(path.join(dir, "captions.en.vtt"), "WEBVTT\n\n00:00.000 --> 00:05.000\nTracking labels.\n");
  fs.writeFileSync(path.join(dir, "captions.zh.vtt"), captionsZh);
  const question = { id: "q1", type: "single", prompt: bi("Pick a"), choices: [{ id: "a", correct: true, text: bi("A") }, { id: "b", correct: false, text: bi("B") }], explanation: bi("a") };
  const webinar = {
    slug,
    title: bi("Webinar"),
    description: bi("About labels"),
    speakers: [{ name: bi("the training team"), organization: bi("Product Safety Training") }],
    recordedOn: "2026-11-01",
    durationSeconds: 60,
    category: "toys",
    passMark: 75,
    media: { video: "video.webm", poster: "poster.jpg", captions: { zh: "captions.zh.vtt", en: "captions.en.vtt" }, chapters: "chapters.vtt" },
    finalQuiz: { questions: [question] },
    ...reviewFixture(),
  };
  fs.writeFileSync(path.join(dir, "webinar.yaml"), stringify(webinar));
  return dir;
}

describe("courses:check content rules", () => {
  it("passes sourced, consistent content", () => {
    writeCourse(path.join(root, "courses"), "good", ["one"], { bodies: { one: { en: "## Heading\n\nUnder 16 CFR 1500.19(b), warn." } } });
    writeWebinar("clean", "WEBVTT\n\n00:00.000 --> 00:05.000\n加注追溯标签。\n");
    expect(runCheck()).toMatchObject({ status: 0 });
  }, 60_000);

  it("fails on a module without sources or reviewed date, naming the manifest line", () => {
    const manifest = manifestFixture("good", ["one"]);
    const { sources: _sources, reviewed: _reviewed, ...bare } = manifest.modules[0]!;
    const dir = writeCourse(path.join(root, "courses"), "good", ["one"], { manifest: { ...manifest, modules: [bare] } });
    const line = lineOf(path.join(dir, "course.yaml"), "slug: one");
    const { status, output } = runCheck();
    expect(status).toBe(1);
    expect(output).toContain(`good/course.yaml:${line}: modules[0].sources: missing sources`);
    expect(output).toContain(`good/course.yaml:${line}: modules[0].reviewed: missing reviewed date`);
  }, 60_000);

  it("fails when the text cites a regulation its sources do not list, in either language", () => {
    const dir = writeCourse(path.join(root, "courses"), "good", ["one"], {
      bodies: { one: { en: "## Heading\n\nThe limit is in 16 CFR 1307.3.", zh: "## 标题\n\n企业须按 CPSA 第 15(b) 条报告。" } },
    });
    const { status, output } = runCheck();
    expect(status).toBe(1);
    expect(output).toContain('good/modules/one/en.md:3: sources: cites 16 CFR 1307, which the sources of module "good/one" do not list');
    expect(output).toContain('good/modules/one/zh.md:3: sources: cites CPSA 15(b), which the sources of module "good/one" do not list');
    // The same text with the regulations among its sources passes.
    const manifest = manifestFixture("good", ["one"]);
    manifest.modules[0]!.sources.push(
      { citation: "16 CFR 1307", url: "https://www.ecfr.gov/current/title-16/part-1307" },
      { citation: "CPSA section 15", url: "https://www.govinfo.gov/link/uscode/15/2064" },
    );
    fs.writeFileSync(path.join(dir, "course.yaml"), stringify(manifest));
    expect(runCheck()).toMatchObject({ status: 0 });
  }, 60_000);

  it("fails on a source that is not an official text, naming its line", () => {
    const manifest = manifestFixture("good", ["one"]);
    manifest.modules[0]!.sources = [{ citation: "16 CFR 1500", url: "https://example.com/16cfr1500" }];
    const dir = writeCourse(path.join(root, "courses"), "good", ["one"], { manifest });
    const { status, output } = runCheck();
    expect(status).toBe(1);
    expect(output).toContain(`good/course.yaml:${lineOf(path.join(dir, "course.yaml"), "example.com")}: modules[0].sources[0].url: must be an https address on ecfr.gov`);
  }, 60_000);

  it("fails on a rejected Chinese term in a caption file, naming the line and the preferred term", () => {
    writeCourse(path.join(root, "courses"), "good", ["one"]);
    const dir = writeWebinar("labels", "WEBVTT\n\n00:00.000 --> 00:05.000\n请检查追踪标签和拉绳。\n");
    const { status, output } = runCheck();
    expect(status).toBe(1);
    expect(output).toContain(`${path.relative(process.cwd(), path.join(dir, "captions.zh.vtt"))}:4: "追踪标签": not the preferred term; write "追溯标签" (tracking label)`);
  }, 60_000);
});
