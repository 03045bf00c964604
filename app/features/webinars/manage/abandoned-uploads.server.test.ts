import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "~/platform/db/db.server";
import { abandonedUploadsJob, removeAbandonedUploads, scheduleUploadCleanup } from "./abandoned-uploads.server";

const HOUR = 3600_000;

/** An upload as @tus/file-store leaves it: the bytes received so far and `<id>.json`, both last written `hoursAgo`. */
function tusUpload(folder: string, id: string, options: { declared: number; received: number; hoursAgo: number }) {
  const written = new Date(Date.now() - options.hoursAgo * HOUR);
  fs.writeFileSync(path.join(folder, id), Buffer.alloc(options.received, 1));
  fs.writeFileSync(path.join(folder, `${id}.json`), JSON.stringify({ id, size: options.declared, offset: 0, metadata: { filename: "talk.mp4" }, creation_date: written.toISOString() }));
  for (const file of [id, `${id}.json`]) fs.utimesSync(path.join(folder, file), written, written);
}

describe("abandoned video uploads", () => {
  it("removes unfinished uploads idle for a day, keeps recent and complete ones", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
    tusUpload(folder, "stale", { declared: 5_000, received: 2_000, hoursAgo: 30 });
    tusUpload(folder, "nothing-sent", { declared: 5_000, received: 0, hoursAgo: 25 });
    tusUpload(folder, "still-coming", { declared: 5_000, received: 2_000, hoursAgo: 2 });
    tusUpload(folder, "complete", { declared: 3_000, received: 3_000, hoursAgo: 48 });

    const removed = await removeAbandonedUploads(new Date(), folder);

    expect(removed.map((upload) => upload.id).sort()).toEqual(["nothing-sent", "stale"]);
    expect(removed.find((upload) => upload.id === "stale")).toMatchObject({ receivedBytes: 2_000, declaredBytes: 5_000, idleHours: 30 });
    expect(fs.readdirSync(folder).sort()).toEqual(["complete", "complete.json", "still-coming", "still-coming.json"]);
  });

  it("an upload that resumes after a long pause is not removed while bytes arrive", async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "uploads-"));
    tusUpload(folder, "resumed", { declared: 5_000, received: 1_000, hoursAgo: 40 });
    fs.appendFileSync(path.join(folder, "resumed"), Buffer.alloc(1_000, 2));
    expect(await removeAbandonedUploads(new Date(), folder)).toEqual([]);
    expect(fs.existsSync(path.join(folder, "resumed"))).toBe(true);
  });

  it("is a recurring job: each run queues the next hour's, once whatever the number of workers", async () => {
    const now = new Date("2030-01-01T10:15:00Z");
    await scheduleUploadCleanup(now);
    await scheduleUploadCleanup(now);
    expect(await db.job.count({ where: { kind: "webinar.uploadCleanup", dedupeKey: "webinar-upload-cleanup:2030-01-01T10:00:00.000Z" } })).toBe(1);
    await abandonedUploadsJob.run({}, { now } as Parameters<typeof abandonedUploadsJob.run>[1]);
    const next = await db.job.findUniqueOrThrow({ where: { dedupeKey: "webinar-upload-cleanup:2030-01-01T11:00:00.000Z" } });
    expect(next.runAt.toISOString()).toBe("2030-01-01T11:15:00.000Z");
  });
});
