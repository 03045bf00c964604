import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { reviewFixture } from "~/features/courses/content/test-support/write-course";
import { loadResources } from "./load-resources.server";

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), "resources-"));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

function writeResource(folder: string, manifest: Record<string, unknown>, bodies: { zh?: string; en?: string } = { zh: "## 标题\n\n正文", en: "## Title\n\nBody" }) {
  const dir = path.join(root, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "resource.yaml"), JSON.stringify(manifest));
  if (bodies.zh !== undefined) fs.writeFileSync(path.join(dir, "zh.md"), bodies.zh);
  if (bodies.en !== undefined) fs.writeFileSync(path.join(dir, "en.md"), bodies.en);
}

const manifest = (slug: string, extra: Record<string, unknown> = {}) => ({
  slug,
  category: "toys",
  kind: "checklist",
  title: { zh: "标题", en: "Title" },
  summary: { zh: "摘要", en: "Summary" },
  relatedCourses: ["toy-safety-us"],
  ...reviewFixture(),
  ...extra,
});
const known = { courses: ["toy-safety-us"], webinars: ["buyers-toy-checklist"] };
const problems = () => loadResources(root, known).problems.map((p) => `${path.relative(root, p.file)}: ${p.field}: ${p.message}`);

describe("loadResources", () => {
  it("loads a valid resource with both bodies", () => {
    writeResource("good", manifest("good"));
    const { resources, problems: found } = loadResources(root, known);
    expect(found).toEqual([]);
    expect(resources).toMatchObject([{ slug: "good", kind: "checklist", relatedWebinars: [], body: { zh: "## 标题\n\n正文", en: "## Title\n\nBody" } }]);
  });

  it("names the file and field of every problem and skips the resource", () => {
    writeResource("links", manifest("links", { relatedCourses: ["no-such-course"], relatedWebinars: ["no-such-webinar"] }));
    writeResource("no-chinese", manifest("no-chinese"), { en: "Body" });
    writeResource("bad-kind", manifest("bad-kind", { kind: "essay", title: { en: "Only English" } }));
    writeResource("wrong-folder", manifest("other-slug"));
    expect(problems()).toEqual(
      expect.arrayContaining([
        'links/resource.yaml: relatedCourses[0]: unknown course "no-such-course"',
        'links/resource.yaml: relatedWebinars[0]: unknown webinar "no-such-webinar"',
        "no-chinese/zh.md: body: missing Chinese body (zh.md)",
        "bad-kind/resource.yaml: kind: " + loadResources(root, known).problems.find((p) => p.field === "kind")!.message,
        "bad-kind/resource.yaml: title.zh: missing Chinese (zh) text",
        'wrong-folder/resource.yaml: slug: "other-slug" must equal the folder name "wrong-folder"',
      ]),
    );
    expect(loadResources(root, known).resources).toEqual([]);
  });
});
