import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runQueuedJobs } from "~/platform/jobs/test-support/run-jobs";
import { db } from "~/platform/db/db.server";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { createWebinar } from "../manage/webinar-admin.server";
import { readStoredStream, webinarMediaFolder } from "./media-storage.server";
import { makeTestVideo, renamedTextFile, truncatedCopy } from "./test-support/make-video";
import { enqueueWebinarTranscode, latestTranscode } from "./transcode-job.server";
import { KEYFRAME_SECONDS, transcodeWebinarVideo } from "./transcode.server";
import { VideoRefused } from "./video-problems";

// Real ffmpeg on a few seconds of video: what is checked is what phones and players will get.
let video: string;
beforeAll(() => {
  video = makeTestVideo({ seconds: 5 });
});

/** ffprobe (not our code) reads the keyframe times of one rendition. */
function keyframeTimes(playlist: string): number[] {
  const out = execFileSync("ffprobe", ["-v", "error", "-select_streams", "v:0", "-skip_frame", "nokey", "-show_entries", "frame=pts_time", "-of", "csv=p=0", playlist], { encoding: "utf8" });
  return out
    .split("\n")
    .filter(Boolean)
    .map((line) => Math.round(Number(line) * 100) / 100);
}

function probeStream(playlist: string) {
  const out = execFileSync("ffprobe", ["-v", "error", "-show_entries", "stream=codec_name,profile,width,height,codec_type", "-of", "json", playlist], { encoding: "utf8" });
  return (JSON.parse(out) as { streams: { codec_type: string; codec_name: string; profile?: string; width?: number; height?: number }[] }).streams;
}

const uploadsOf = (webinarId: string) => (fs.existsSync(webinarMediaFolder(webinarId)) ? fs.readdirSync(webinarMediaFolder(webinarId)) : []);

describe("transcodeWebinarVideo", () => {
  it("writes a 360p and a 720p H.264/AAC HLS ladder with aligned keyframes, a poster and the duration, reporting progress", async () => {
    const shares: number[] = [];
    const result = await transcodeWebinarVideo({ inputPath: video, webinarId: "webinar-ladder", onProgress: (share) => void shares.push(share) });

    expect(result.durationSeconds).toBeCloseTo(5, 0);
    const folder = path.join(webinarMediaFolder("webinar-ladder"), result.folder.split("/")[1]!);
    const master = fs.readFileSync(path.join(folder, result.master), "utf8");
    expect(master).toMatch(/RESOLUTION=640x360/);
    expect(master).toMatch(/RESOLUTION=1280x720/);
    expect(master.match(/#EXT-X-STREAM-INF:.*CODECS="avc1\.[0-9a-f]+,mp4a\.40\.2"/g)).toHaveLength(2);

    const low = path.join(folder, "360p", "index.m3u8");
    const high = path.join(folder, "720p", "index.m3u8");
    for (const [playlist, height] of [[low, 360], [high, 720]] as const) {
      const streams = probeStream(playlist);
      expect(streams.find((stream) => stream.codec_type === "video")).toMatchObject({ codec_name: "h264", height });
      expect(streams.find((stream) => stream.codec_type === "audio")).toMatchObject({ codec_name: "aac" });
    }
    const lowKeys = keyframeTimes(low);
    expect(lowKeys).toEqual(keyframeTimes(high));
    expect(lowKeys.length).toBeGreaterThanOrEqual(Math.floor(5 / KEYFRAME_SECONDS));

    const poster = fs.readFileSync(path.join(folder, result.poster));
    expect(poster.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(shares.at(-1)).toBe(1);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
    expect(uploadsOf("webinar-ladder").some((name) => name.endsWith(".partial"))).toBe(false);
  });

  it("refuses a cut-short MP4 and a renamed text file with their reasons, leaving nothing behind", async () => {
    const cut = transcodeWebinarVideo({ inputPath: truncatedCopy(video, 0.5), webinarId: "webinar-cut" });
    await expect(cut).rejects.toBeInstanceOf(VideoRefused);
    await expect(cut).rejects.toMatchObject({ problem: "truncated" });
    await expect(transcodeWebinarVideo({ inputPath: renamedTextFile(), webinarId: "webinar-text" })).rejects.toMatchObject({ problem: "notVideo" });
    expect(uploadsOf("webinar-cut")).toEqual([]);
    expect(uploadsOf("webinar-text")).toEqual([]);
  });
});

describe("the transcode job", () => {
  const details = { titleZh: "测试", titleEn: "Test talk", descriptionZh: "说明", descriptionEn: "About", category: "toys" as const, recordedOn: "2026-11-20" };

  it("records the stream and duration on the webinar and removes the upload", async () => {
    const trainer = await makeUser("trainer");
    const webinar = await createWebinar(details, [], trainer);
    const upload = makeTestVideo({ seconds: 3 });
    await db.$transaction((tx) => enqueueWebinarTranscode(tx, { webinarId: webinar.id, sourcePath: upload, removeSource: true }));
    await runQueuedJobs();

    const job = await latestTranscode(webinar.id);
    expect(job).toMatchObject({ state: "done", progress: 1 });
    const row = await db.webinar.findUniqueOrThrow({ where: { id: webinar.id } });
    expect(readStoredStream(row.stream!).master).toBe("master.m3u8");
    expect(row.durationSeconds).toBeCloseTo(3, 0);
    expect(row.published).toBe(false);
    expect(fs.existsSync(upload)).toBe(false);
  });

  it("fails at once on a file that is not a video, and the webinar stays without a stream", async () => {
    const trainer = await makeUser("trainer");
    const webinar = await createWebinar({ ...details, titleEn: "Not a video" }, [], trainer);
    await db.$transaction((tx) => enqueueWebinarTranscode(tx, { webinarId: webinar.id, sourcePath: renamedTextFile(), removeSource: true }));
    await runQueuedJobs();

    expect(await latestTranscode(webinar.id)).toMatchObject({ state: "failed", lastError: "video:notVideo" });
    expect((await db.webinar.findUniqueOrThrow({ where: { id: webinar.id } })).stream).toBeNull();
    expect(uploadsOf(webinar.id)).toEqual([]);
  });
});
