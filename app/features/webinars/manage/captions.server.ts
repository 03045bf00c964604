import { parseText, parseVTTTimestamp, type VTTCue } from "media-captions";

/** Why a captions file was refused; shown next to its field (`webinarAdmin.captions.problems.<code>`). */
export type CaptionProblem = { code: "encoding" | "format" | "timing" | "empty" | "missing"; line?: number };

export type CaptionResult =
  | { ok: true; vtt: string; cueCount: number; encoding: "utf-8" | "utf-16" | "gb18030" }
  | { ok: false; problem: CaptionProblem };

/**
 * Reads the text of a captions file: UTF-8 (with or without BOM), UTF-16 with
 * its BOM, or — what Chinese subtitle tools often write — GBK/GB18030, which
 * is converted. Bytes that are none of these are refused, never guessed at.
 */
export function decodeCaptionBytes(bytes: Uint8Array): { text: string; encoding: "utf-8" | "utf-16" | "gb18030" } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16" };
  for (const encoding of ["utf-8", "gb18030"] as const) {
    try {
      // `fatal`: a byte sequence that is not valid in the encoding throws instead of becoming U+FFFD.
      return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes), encoding };
    } catch {
      // try the next encoding
    }
  }
  return null;
}

function timestamp(seconds: number): string {
  const millis = Math.round(seconds * 1000);
  const pad = (value: number, width = 2) => String(value).padStart(width, "0");
  return `${pad(Math.floor(millis / 3_600_000))}:${pad(Math.floor(millis / 60_000) % 60)}:${pad(Math.floor(millis / 1000) % 60)}.${pad(millis % 1000, 3)}`;
}

/** Cue text safe inside a WebVTT block: no blank line (which would end it) and no "-->" (which would start a timing). */
function cueText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((line) => line.trim().replace(/-->/g, "→"))
    .filter(Boolean)
    .join("\n");
}

/** The start time of a timing line ("00:01:02,500 --> …" in SRT, "01:02.500 --> …" in WebVTT), or null. */
function startOf(line: string): number | null {
  const start = parseVTTTimestamp(line.split("-->")[0]!.trim().replace(",", "."));
  return typeof start === "number" && Number.isFinite(start) ? start : null;
}

/**
 * Validates an SRT or WebVTT captions file and writes it as WebVTT. Parsing
 * is media-captions' (strict WebVTT and SRT parsers); on top, every timing
 * line must have become a cue — a line with an end before its start, or a
 * malformed time, is refused with its line number instead of being dropped.
 */
export async function captionsToWebVtt(bytes: Uint8Array, fileName: string): Promise<CaptionResult> {
  const decoded = decodeCaptionBytes(bytes);
  if (!decoded) return { ok: false, problem: { code: "encoding" } };
  const text = decoded.text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const type = /\.vtt$/i.test(fileName) || text.startsWith("WEBVTT") ? "vtt" : "srt";
  let cues: VTTCue[];
  try {
    const parsed = await parseText(text, { type, strict: true, errors: true });
    if (parsed.errors.length > 0) return { ok: false, problem: { code: "format" } };
    cues = parsed.cues;
  } catch {
    return { ok: false, problem: { code: "format" } };
  }
  const lines = text.split("\n");
  let next = 0;
  for (const [index, line] of lines.entries()) {
    if (!line.includes("-->")) continue;
    const cue = cues[next];
    const start = startOf(line);
    if (!cue || start === null || Math.abs(cue.startTime - start) > 0.0005 || !(cue.endTime > cue.startTime)) {
      return { ok: false, problem: { code: "timing", line: index + 1 } };
    }
    next += 1;
  }
  if (cues.length === 0) return { ok: false, problem: { code: "empty" } };
  const blocks = cues.map((cue) => `${timestamp(cue.startTime)} --> ${timestamp(cue.endTime)}\n${cueText(cue.text)}`);
  return { ok: true, vtt: `WEBVTT\n\n${blocks.join("\n\n")}\n`, cueCount: cues.length, encoding: decoded.encoding };
}
