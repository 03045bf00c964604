import fs from "node:fs";
import path from "node:path";
import { readBody } from "~/platform/content/read-body.server";
import { contentFolders, readYaml, yamlLine, type ContentProblem } from "~/platform/content/read-yaml.server";
import { manifestSchema, type CourseManifest } from "./schema";
import { quizSchema, type Quiz } from "~/features/quiz/content-schema";

export type LoadedModule = CourseManifest["modules"][number] & { body: { zh: string; en: string }; quiz: Quiz | null };
export type LoadedCourse = Omit<CourseManifest, "modules"> & { modules: LoadedModule[] };
export { formatProblem, type ContentProblem } from "~/platform/content/read-yaml.server";
export type LoadResult = { courses: LoadedCourse[]; problems: ContentProblem[] };

const MANIFEST = "course.yaml";

/**
 * Reads and validates every course under `root`. Never throws on bad
 * content: each problem names the file and the field.
 */
export function loadCourses(root: string): LoadResult {
  const problems: ContentProblem[] = [];
  const courses: LoadedCourse[] = [];
  const seen = new Map<string, string>();
  const folders = contentFolders(root);

  for (const folder of folders) {
    const manifestFile = path.join(root, folder, MANIFEST);
    const manifest = readYaml(manifestFile, manifestSchema, problems);
    if (!manifest) continue;
    if (manifest.slug !== folder) {
      problems.push({ file: manifestFile, field: "slug", message: `"${manifest.slug}" must equal the folder name "${folder}"`, line: yamlLine(manifestFile, ["slug"]) });
    }
    const earlier = seen.get(manifest.slug);
    if (earlier) {
      problems.push({ file: manifestFile, field: "slug", message: `duplicate slug "${manifest.slug}" (also in ${earlier})`, line: yamlLine(manifestFile, ["slug"]) });
      continue;
    }
    seen.set(manifest.slug, manifestFile);
    const modules = loadModules(path.join(root, folder), manifest, manifestFile, problems);
    if (modules) courses.push({ ...manifest, modules });
  }
  return { courses, problems };
}

function loadModules(courseDir: string, manifest: CourseManifest, manifestFile: string, problems: ContentProblem[]) {
  const modules: LoadedModule[] = [];
  const moduleSlugs = new Set<string>();
  let complete = true;
  manifest.modules.forEach((entry, index) => {
    const field = `modules[${index}].slug`;
    const line = yamlLine(manifestFile, ["modules", index, "slug"]);
    if (moduleSlugs.has(entry.slug)) {
      problems.push({ file: manifestFile, field, message: `module "${entry.slug}" is listed twice`, line });
      complete = false;
      return;
    }
    moduleSlugs.add(entry.slug);
    const dir = path.join(courseDir, "modules", entry.slug);
    if (!fs.existsSync(dir)) {
      problems.push({ file: manifestFile, field, message: `unknown module "${entry.slug}": no folder modules/${entry.slug}`, line });
      complete = false;
      return;
    }
    const zh = readBody(path.join(dir, "zh.md"), problems);
    const en = readBody(path.join(dir, "en.md"), problems);
    const quizFile = path.join(dir, "quiz.yaml");
    const quiz = fs.existsSync(quizFile) ? readYaml(quizFile, quizSchema, problems) : null;
    if (zh === null || en === null || quiz === undefined) {
      complete = false;
      return;
    }
    modules.push({ ...entry, body: { zh, en }, quiz });
  });
  return complete ? modules : null;
}
