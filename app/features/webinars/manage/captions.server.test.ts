import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { captionsToWebVtt } from "./captions.server";

const SRT = `1
00:00:01,000 --> 00:00:03,500
欢迎参加本次培训。

2
00:00:04,000 --> 00:00:06,000
玩具必须符合 ASTM F963 标准。
`;

/** Encoded by the system's iconv (glibc), not by our code. */
function gb18030(text: string): Buffer {
  return execFileSync("iconv", ["-f", "UTF-8", "-t", "GB18030"], { input: text });
}

describe("captionsToWebVtt", () => {
  it("converts a GBK/GB18030 SRT file to UTF-8 WebVTT with the same timings", async () => {
    const bytes = gb18030(SRT);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    const result = await captionsToWebVtt(bytes, "字幕.srt");
    expect(result).toEqual({
      ok: true,
      encoding: "gb18030",
      cueCount: 2,
      vtt: "WEBVTT\n\n00:00:01.000 --> 00:00:03.500\n欢迎参加本次培训。\n\n00:00:04.000 --> 00:00:06.000\n玩具必须符合 ASTM F963 标准。\n",
    });
  });

  it("keeps a UTF-8 WebVTT file's cues, with or without a byte-order mark", async () => {
    const vtt = "WEBVTT\n\n00:01.000 --> 00:02.500 line:90%\nWelcome.\n";
    for (const bytes of [Buffer.from(vtt), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(vtt)])]) {
      expect(await captionsToWebVtt(bytes, "en.vtt")).toMatchObject({ ok: true, encoding: "utf-8", vtt: "WEBVTT\n\n00:00:01.000 --> 00:00:02.500\nWelcome.\n" });
    }
  });

  it("refuses a cue that ends before it starts, naming its line", async () => {
    const broken = SRT.replace("00:00:04,000 --> 00:00:06,000", "00:00:06,000 --> 00:00:04,000");
    expect(await captionsToWebVtt(Buffer.from(broken), "zh.srt")).toEqual({ ok: false, problem: { code: "timing", line: 6 } });
  });

  it("refuses bytes that are no known text encoding, a file without cues, and a broken WebVTT header", async () => {
    expect(await captionsToWebVtt(Buffer.from([0x31, 0x0a, 0xe9, 0x20, 0xff, 0xff, 0x0a]), "x.srt")).toEqual({ ok: false, problem: { code: "encoding" } });
    expect(await captionsToWebVtt(Buffer.from("Meeting notes\nnot captions\n"), "notes.srt")).toEqual({ ok: false, problem: { code: "empty" } });
    expect(await captionsToWebVtt(Buffer.from("WEBVTX\n\n00:01.000 --> 00:02.000\nHi\n"), "x.vtt")).toMatchObject({ ok: false, problem: { code: "format" } });
  });
});
