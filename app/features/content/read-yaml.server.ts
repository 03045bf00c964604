import fs from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import type { z } from "zod";

/** A problem in a content file, named by file and field. */
export type ContentProblem = { file: string; field: string; message: string };

/** undefined when the file is invalid (problems recorded). */
export function readYaml<S extends z.ZodType>(file: string, schema: S, problems: ContentProblem[]): z.output<S> | undefined {
  if (!fs.existsSync(file)) {
    problems.push({ file, field: "(file)", message: "file is missing" });
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(fs.readFileSync(file, "utf8"));
  } catch (error) {
    problems.push({ file, field: "(file)", message: `not valid YAML: ${(error as Error).message.split("\n")[0]}` });
    return undefined;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, field: formatPath(issue.path) || "(root)", message: issue.message });
  }
  return undefined;
}

function formatPath(segments: PropertyKey[]): string {
  return segments.reduce<string>((out, segment) => (typeof segment === "number" ? `${out}[${segment}]` : out ? `${out}.${String(segment)}` : String(segment)), "");
}

export function formatProblem(problem: ContentProblem, root = process.cwd()): string {
  return `${path.relative(root, problem.file)}: ${problem.field}: ${problem.message}`;
}

/** The content folders directly under `root` (one per course or webinar), sorted; none if `root` is missing. */
export function contentFolders(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
