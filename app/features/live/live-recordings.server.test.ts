// The ingest's record-done callback: a finished recording becomes a draft
// recorded webinar with the live polls as checkpoints, and its transcode is
// queued; a wrong secret, a file outside the recordings folder or a repeated
// report make nothing (more).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { db } from "~/platform/db/db.server";
import { liveRecordingsDir } from "~/platform/runtime/env.server";
import { ingestSecret, markEnded, markLive } from "./ingest.server";
import { pushPoll } from "./live-polls.server";
import { recordingsOf } from "./live-recordings.server";
import { createLiveWebinar } from "./live-webinars.server";
import { action } from "./routes/ingest";

const HOUR = 3_600_000;
const at = (start: Date, seconds: number) => new Date(start.getTime() + seconds * 1000);

beforeAll(() => {
  fs.mkdirSync(liveRecordingsDir, { recursive: true });
});

/** A live webinar that went on air at `startedAt` (whole seconds, as the recording's name has them). */
async function liveWebinar(startedAt: Date) {
  const host = await makeUser("trainer");
  const input = {
    titleZh: "儿童产品证书直播",
    titleEn: "Children's Product Certificates live",
    descriptionZh: "关于儿童产品证书的直播。",
    descriptionEn: "A live session on Children's Product Certificates.",
    speakers: "Alex Chen, CPSC Beijing\nLi Wei",
    category: "toys" as const,
    startsAt: startedAt,
    endsAt: new Date(startedAt.getTime() + HOUR),
    registrationRequired: true,
    capacity: null,
    attendanceShare: 50,
  };
  const webinar = await createLiveWebinar(input, host, new Date(startedAt.getTime() - HOUR));
  await markLive(webinar.id, startedAt);
  return { ...webinar, liveStartedAt: startedAt };
}

/** A file where nginx-rtmp writes a recording: <webinar id>-<unix seconds>.flv (its bytes do not matter here). */
function recordingOn(disk: string, webinarId: string, startedAt: Date): string {
  const file = path.join(disk, `${webinarId}-${Math.floor(startedAt.getTime() / 1000)}.flv`);
  fs.writeFileSync(file, "FLV");
  return file;
}

function recordDone(name: string, file: string, secret = ingestSecret()) {
  const body = new URLSearchParams({ call: "record_done", app: "show", name, path: file });
  const request = new Request(`http://localhost/ingest/record-done?secret=${encodeURIComponent(secret)}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body,
  });
  return action({ request, params: { event: "record-done" }, context: { clientIp: "127.0.0.1" } });
}

const draftsOf = async (liveWebinarId: string) => db.liveRecording.findMany({ where: { liveWebinarId }, orderBy: { part: "asc" } });
const transcodeJobs = (webinarId: string) => db.job.count({ where: { kind: "webinar.transcode", targetId: webinarId } });

describe("record-done", () => {
  it("makes a draft recorded webinar from the live one, with its graded polls as checkpoints at their time in the recording, and queues the transcode", async () => {
    const startedAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 350_000);
    const live = await liveWebinar(startedAt);
    // Before the recording began (the host pushed it while the encoder was still connecting): left out.
    await pushPoll({ id: live.id, liveStartedAt: startedAt }, { type: "single", prompt: "Ready?", choices: ["Yes", "No"], correct: [1] }, at(startedAt, 2));
    await pushPoll({ id: live.id, liveStartedAt: startedAt }, { type: "single", prompt: "Who issues a CPC?", choices: ["The lab", "The importer"], correct: [2] }, at(startedAt, 95));
    await pushPoll({ id: live.id, liveStartedAt: startedAt }, { type: "multiple", prompt: "Where are you from?", choices: ["Ningbo", "Guangzhou"], correct: [] }, at(startedAt, 120));
    // After the recording ended: left out.
    await pushPoll({ id: live.id, liveStartedAt: startedAt }, { type: "single", prompt: "Late question", choices: ["A", "B"], correct: [1] }, at(startedAt, 400));
    const recordingStart = at(startedAt, 5);
    const file = recordingOn(liveRecordingsDir, live.id, recordingStart);

    await markEnded(live.id, at(startedAt, 300));
    const response = await recordDone(live.id, file);
    expect(response.status).toBe(200);

    const [recording] = await draftsOf(live.id);
    expect(recording).toMatchObject({ part: 1, file: fs.realpathSync(file), startedAt: recordingStart });
    const draft = await db.webinar.findUniqueOrThrow({ where: { id: recording!.webinarId } });
    expect(draft).toMatchObject({
      titleZh: "儿童产品证书直播",
      titleEn: "Children's Product Certificates live",
      descriptionEn: "A live session on Children's Product Certificates.",
      category: "toys",
      origin: "upload",
      published: false,
      stream: null,
      recordedOn: recordingStart,
    });
    expect(JSON.parse(draft.speakers)).toEqual([
      { name: { zh: "Alex Chen", en: "Alex Chen" }, organization: { zh: "CPSC Beijing", en: "CPSC Beijing" } },
      { name: { zh: "Li Wei", en: "Li Wei" }, organization: { zh: "—", en: "—" } },
    ]);
    const checkpoints = JSON.parse(draft.checkpoints) as { at: number; question: { type: string; prompt: { en: string }; choices: { id: string; correct: boolean }[] } }[];
    expect(checkpoints).toHaveLength(1);
    expect(checkpoints[0]).toMatchObject({ at: 90, question: { type: "single", prompt: { en: "Who issues a CPC?", zh: "Who issues a CPC?" } } });
    expect(checkpoints[0]!.question.choices.map((choice) => choice.correct)).toEqual([false, true]);

    const job = await db.job.findFirstOrThrow({ where: { kind: "webinar.transcode", targetId: draft.id } });
    expect(JSON.parse(job.payload)).toEqual({ webinarId: draft.id, sourcePath: fs.realpathSync(file), removeSource: false });

    const [view] = await recordingsOf(live);
    expect(view!.video.state).toBe("processing");
    expect(view!.checkpointCount).toBe(1);
    expect(view!.leftOut.map((poll) => [poll.prompt, poll.reason])).toEqual([
      ["Ready?", "beforeRecording"],
      ["Where are you from?", "counted"],
      ["Late question", "afterRecording"],
    ]);
  });

  it("refuses a callback without the ingest's secret", async () => {
    const live = await liveWebinar(new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000));
    const file = recordingOn(liveRecordingsDir, live.id, new Date());
    expect((await recordDone(live.id, file, "not-the-secret-at-all")).status).toBe(403);
    expect((await recordDone(live.id, file, "")).status).toBe(403);
    expect(await draftsOf(live.id)).toEqual([]);
  });

  it("refuses a path outside the recordings folder, through '..', by a link, or another webinar's file", async () => {
    const live = await liveWebinar(new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000));
    const other = await liveWebinar(new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000));
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), "not-recordings-"));
    const outside = recordingOn(elsewhere, live.id, new Date());
    expect((await recordDone(live.id, outside)).status).toBe(403);
    expect((await recordDone(live.id, path.join(liveRecordingsDir, "..", "..", path.relative(path.resolve(liveRecordingsDir, "..", ".."), outside)))).status).toBe(403);
    const link = path.join(liveRecordingsDir, `${live.id}-1700000000.flv`);
    fs.symlinkSync(outside, link);
    expect((await recordDone(live.id, link)).status).toBe(403);
    expect((await recordDone(live.id, "relative/path.flv")).status).toBe(403);
    expect((await recordDone(live.id, path.join(liveRecordingsDir, `${live.id}-1700000001.flv`))).status).toBe(403);
    const othersFile = recordingOn(liveRecordingsDir, other.id, new Date());
    expect((await recordDone(live.id, othersFile)).status).toBe(403);
    expect((await recordDone("unknown", othersFile)).status).toBe(404);
    expect(await draftsOf(live.id)).toEqual([]);
    expect(await draftsOf(other.id)).toEqual([]);
    fs.rmSync(elsewhere, { recursive: true, force: true });
  });

  it("makes one draft when nginx reports the same recording twice, also at the same moment", async () => {
    const live = await liveWebinar(new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000));
    const file = recordingOn(liveRecordingsDir, live.id, new Date());
    const answers = await Promise.all([recordDone(live.id, file), recordDone(live.id, file)]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    expect((await recordDone(live.id, file)).status).toBe(200);
    const recordings = await draftsOf(live.id);
    expect(recordings).toHaveLength(1);
    expect(await transcodeJobs(recordings[0]!.webinarId)).toBe(1);
    expect(await db.webinar.count({ where: { titleEn: "Children's Product Certificates live", id: recordings[0]!.webinarId } })).toBe(1);
  });

  it("makes a part of its own for each recording when the host reconnects", async () => {
    const startedAt = new Date(Math.floor(Date.now() / 1000) * 1000 - 600_000);
    const live = await liveWebinar(startedAt);
    expect((await recordDone(live.id, recordingOn(liveRecordingsDir, live.id, startedAt))).status).toBe(200);
    expect((await recordDone(live.id, recordingOn(liveRecordingsDir, live.id, at(startedAt, 200)))).status).toBe(200);
    const recordings = await draftsOf(live.id);
    expect(recordings.map((recording) => recording.part)).toEqual([1, 2]);
    const titles = await Promise.all(recordings.map((recording) => db.webinar.findUniqueOrThrow({ where: { id: recording.webinarId } })));
    expect(titles.map((webinar) => [webinar.titleEn, webinar.titleZh])).toEqual([
      ["Children's Product Certificates live", "儿童产品证书直播"],
      ["Children's Product Certificates live (part 2)", "儿童产品证书直播（第 2 段）"],
    ]);
  });
});
