import fs from "node:fs";
import path from "node:path";
import type { LoadedCourse } from "~/features/courses/content/load-courses.server";
import type { LoadedResource } from "~/features/resources/content/load-resources.server";
import type { LoadedWebinar } from "~/features/webinars/content/load-webinars.server";
import type { Source } from "../../app/platform/content/sources";
import { parseYamlWithLines } from "../../app/platform/content/yaml-lines";

/** A file of content, or only some of its lines (a module's entry in course.yaml). */
export type UnitFile = { file: string; includes?: (line: number) => boolean };

/** What one set of sources vouches for: a module, a course's own text, a resource or a webinar, with every file it is written in. */
export type ContentUnit = { name: string; sources: Source[]; files: UnitFile[] };

export type ContentRoots = { courses: string; webinars: string; resources: string };
export type LoadedContent = { courses: LoadedCourse[]; webinars: LoadedWebinar[]; resources: LoadedResource[] };

function existing(files: string[]): UnitFile[] {
  return files.filter((file) => fs.existsSync(file)).map((file) => ({ file }));
}

function filesIn(folder: string, pattern: RegExp): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => path.join(folder, name));
}

function courseUnits(root: string, course: LoadedCourse): ContentUnit[] {
  const folder = path.join(root, course.slug);
  const manifest = path.join(folder, "course.yaml");
  const lines = parseYamlWithLines(fs.readFileSync(manifest, "utf8"));
  const ranges = course.modules.map((_, index) => lines.rangeOf(["modules", index]));
  const inModule = (line: number) => ranges.some((range) => range && line >= range.start && line <= range.end);
  const modules = course.modules.map((module, index) => {
    const range = ranges[index];
    const moduleFolder = path.join(folder, "modules", module.slug);
    return {
      name: `module "${course.slug}/${module.slug}"`,
      sources: module.sources,
      files: [
        ...existing(["zh.md", "en.md", "quiz.yaml"].map((name) => path.join(moduleFolder, name))),
        { file: manifest, includes: (line: number) => Boolean(range && line >= range.start && line <= range.end) },
      ],
    };
  });
  // The course's own title and summary rest on what its modules rest on.
  const ownText = { name: `course "${course.slug}"`, sources: course.modules.flatMap((module) => module.sources), files: [{ file: manifest, includes: (line: number) => !inModule(line) }] };
  return [...modules, ownText];
}

function webinarUnit(webinar: LoadedWebinar): ContentUnit {
  const { folder } = webinar;
  const media = [webinar.media.captions.zh, webinar.media.captions.en, webinar.media.chapters].map((name) => path.join(folder, name));
  return {
    name: `webinar "${webinar.slug}"`,
    sources: webinar.sources,
    files: existing([path.join(folder, "webinar.yaml"), ...filesIn(path.join(folder, "slides"), /\.txt$/), ...media]),
  };
}

function resourceUnit(root: string, resource: LoadedResource): ContentUnit {
  const folder = path.join(root, resource.slug);
  return { name: `resource "${resource.slug}"`, sources: resource.sources, files: existing(["resource.yaml", "zh.md", "en.md"].map((name) => path.join(folder, name))) };
}

/** Every module, course, webinar and resource with the files its text is in. */
export function contentUnits(roots: ContentRoots, content: LoadedContent): ContentUnit[] {
  return [
    ...content.courses.flatMap((course) => courseUnits(roots.courses, course)),
    ...content.webinars.map(webinarUnit),
    ...content.resources.map((resource) => resourceUnit(roots.resources, resource)),
  ];
}

/** The Chinese UI strings (every file of a locale folder). */
export function localeFiles(folder: string): UnitFile[] {
  return filesIn(folder, /\.ts$/).map((file) => ({ file }));
}

/** Each line of a unit file with its number, skipping lines the unit does not own. */
export function* unitLines(unitFile: UnitFile): Generator<{ line: number; text: string }> {
  const lines = fs.readFileSync(unitFile.file, "utf8").split("\n");
  for (const [index, text] of lines.entries()) {
    if (!unitFile.includes || unitFile.includes(index + 1)) yield { line: index + 1, text };
  }
}
