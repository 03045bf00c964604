import path from "node:path";
import { readBody } from "~/platform/content/read-body.server";
import { contentFolders, readYaml, yamlLine, type ContentProblem } from "~/platform/content/read-yaml.server";
import { resourceManifestSchema, type ResourceManifest } from "./schema";

export type LoadedResource = ResourceManifest & { body: { zh: string; en: string } };

/**
 * Reads and validates every resource under `root` (one folder each with
 * resource.yaml, zh.md and en.md). Related courses and webinars must exist
 * among `known` slugs, so a link never leads to a missing page.
 */
export function loadResources(root: string, known: { courses: string[]; webinars: string[] }): { resources: LoadedResource[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const resources: LoadedResource[] = [];
  for (const folder of contentFolders(root)) {
    const file = path.join(root, folder, "resource.yaml");
    const manifest = readYaml(file, resourceManifestSchema, problems);
    if (!manifest) continue;
    let valid = true;
    if (manifest.slug !== folder) {
      problems.push({ file, field: "slug", message: `"${manifest.slug}" must equal the folder name "${folder}"`, line: yamlLine(file, ["slug"]) });
      valid = false;
    }
    manifest.relatedCourses.forEach((slug, index) => {
      if (known.courses.includes(slug)) return;
      problems.push({ file, field: `relatedCourses[${index}]`, message: `unknown course "${slug}"`, line: yamlLine(file, ["relatedCourses", index]) });
      valid = false;
    });
    manifest.relatedWebinars.forEach((slug, index) => {
      if (known.webinars.includes(slug)) return;
      problems.push({ file, field: `relatedWebinars[${index}]`, message: `unknown webinar "${slug}"`, line: yamlLine(file, ["relatedWebinars", index]) });
      valid = false;
    });
    const zh = readBody(path.join(root, folder, "zh.md"), problems);
    const en = readBody(path.join(root, folder, "en.md"), problems);
    if (valid && zh !== null && en !== null) resources.push({ ...manifest, body: { zh, en } });
  }
  return { resources, problems };
}
