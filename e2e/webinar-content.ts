import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";

type Text = { zh: string; en: string };
type Question = { id: string; type: string; prompt: Text; choices: { id: string; correct: boolean; text: Text }[]; explanation: Text };
export type WebinarFile = {
  slug: string;
  title: Text;
  durationSeconds: number;
  requiredShare: number;
  checkpoints: { at: number; question: Question }[];
  finalQuiz: { questions: Question[] };
};

/** A shipped webinar's content file, answer key included (the page never has it). */
export function webinarFile(slug: string): WebinarFile {
  return parse(fs.readFileSync(path.join("webinars", slug, "webinar.yaml"), "utf8")) as WebinarFile;
}
