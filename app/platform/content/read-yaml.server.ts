import fs from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { parseYamlWithLines, type YamlPath } from "./yaml-lines";

/** A problem in a content file, named by file, field and (when known) line. */
export type ContentProblem = { file: string; field: string; message: string; line?: number };

/** undefined when the file is invalid (problems recorded). */
export function readYaml<S extends z.ZodType>(file: string, schema: S, problems: ContentProblem[]): z.output<S> | undefined {
  if (!fs.existsSync(file)) {
    problems.push({ file, field: "(file)", message: "file is missing" });
    return undefined;
  }
  const parsed = parseYamlWithLines(fs.readFileSync(file, "utf8"));
  const [syntaxError] = parsed.errors;
  if (syntaxError) {
    problems.push({ file, field: "(file)", message: `not valid YAML: ${syntaxError.message}`, line: syntaxError.line });
    return undefined;
  }
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file, field: formatPath(issue.path) || "(root)", message: issue.message, line: parsed.lineOf(issue.path) });
  }
  return undefined;
}

/** The line of the field at `path` in a YAML file (of its nearest existing parent), for problems found after validation. */
export function yamlLine(file: string, path: YamlPath): number | undefined {
  if (!fs.existsSync(file)) return undefined;
  return parseYamlWithLines(fs.readFileSync(file, "utf8")).lineOf(path);
}

function formatPath(segments: PropertyKey[]): string {
  return segments.reduce<string>((out, segment) => (typeof segment === "number" ? `${out}[${segment}]` : out ? `${out}.${String(segment)}` : String(segment)), "");
}

/** `file:line: field: message`, the file relative to `root`. */
export function formatProblem(problem: ContentProblem, root = process.cwd()): string {
  const where = path.relative(root, problem.file) + (problem.line ? `:${problem.line}` : "");
  return `${where}: ${problem.field}: ${problem.message}`;
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
