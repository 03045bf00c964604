import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** Chinese SRT captions for the first seconds of a test video. */
export const CHINESE_SRT = `1
00:00:00,500 --> 00:00:02,000
欢迎参加本次培训。

2
00:00:02,000 --> 00:00:03,800
玩具必须符合 ASTM F963 标准。
`;

export const ENGLISH_VTT = `WEBVTT

00:00:00.500 --> 00:00:02.000
Welcome to this training.

00:00:02.000 --> 00:00:03.800
Toys must meet ASTM F963.
`;

/** A file in a fresh temporary folder; text given as a string is encoded to GB18030 by the system's iconv (glibc), not by our code. */
export function captionFile(name: string, text: string, encoding: "UTF-8" | "GB18030" = "UTF-8"): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "captions-")), name);
  fs.writeFileSync(file, encoding === "UTF-8" ? text : execFileSync("iconv", ["-f", "UTF-8", "-t", encoding], { input: text }));
  return file;
}
