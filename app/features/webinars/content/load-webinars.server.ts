import fs from "node:fs";
import path from "node:path";
import { contentFolders, readYaml, yamlLine, type ContentProblem } from "~/platform/content/read-yaml.server";
import { webinarSchema, type WebinarContent } from "./schema";

export type LoadedWebinar = WebinarContent & { folder: string };

/** Reads and validates every webinar under `root` (one folder each with webinar.yaml and its media). */
export function loadWebinars(root: string): { webinars: LoadedWebinar[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const webinars: LoadedWebinar[] = [];
  const folders = contentFolders(root);
  for (const folder of folders) {
    const file = path.join(root, folder, "webinar.yaml");
    const webinar = readYaml(file, webinarSchema, problems);
    if (!webinar) continue;
    if (webinar.slug !== folder) problems.push({ file, field: "slug", message: `"${webinar.slug}" must equal the folder name "${folder}"`, line: yamlLine(file, ["slug"]) });
    const media = { video: webinar.media.video, poster: webinar.media.poster, "captions.zh": webinar.media.captions.zh, "captions.en": webinar.media.captions.en, chapters: webinar.media.chapters };
    const mediaPath = (field: string) => ["media", ...field.split(".")];
    let complete = true;
    for (const [field, name] of Object.entries(media)) {
      if (!fs.existsSync(path.join(root, folder, name))) {
        problems.push({ file, field: `media.${field}`, message: `file "${name}" does not exist`, line: yamlLine(file, mediaPath(field)) });
        complete = false;
      }
    }
    if (complete && webinar.slug === folder) webinars.push({ ...webinar, folder: path.join(root, folder) });
  }
  return { webinars, problems };
}
