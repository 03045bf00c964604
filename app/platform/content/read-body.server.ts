import fs from "node:fs";
import path from "node:path";
import type { ContentProblem } from "./read-yaml.server";

/** The trimmed text of a zh.md or en.md body file; null (problem recorded) when missing or empty. */
export function readBody(file: string, problems: ContentProblem[]): string | null {
  const language = path.basename(file, ".md");
  if (!fs.existsSync(file)) {
    problems.push({ file, field: "body", message: `missing ${language === "zh" ? "Chinese" : "English"} body (${language}.md)` });
    return null;
  }
  const text = fs.readFileSync(file, "utf8").trim();
  if (!text) {
    problems.push({ file, field: "body", message: "the body is empty" });
    return null;
  }
  return text;
}
