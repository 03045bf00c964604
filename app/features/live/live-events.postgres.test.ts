import { describe, expect, it } from "vitest";
import { db } from "~/platform/db/db.server";
import { publishLiveEvent } from "./live-events.server";

describe("the live-event bus on PostgreSQL", () => {
  it("never lets a later event become visible before an earlier one that has not committed yet", async () => {
    const webinarId = `ordered-${Date.now()}`;
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    let firstWrote!: () => void;
    const firstHasWritten = new Promise<void>((resolve) => (firstWrote = resolve));

    // The first writer appends, then holds its transaction open.
    const first = db.$transaction(async (tx) => {
      await publishLiveEvent(tx, webinarId, "question", { n: 1 });
      firstWrote();
      await firstMayCommit;
    });
    await firstHasWritten;
    // A second writer appends meanwhile and would commit at once.
    const second = db.$transaction(async (tx) => publishLiveEvent(tx, webinarId, "question", { n: 2 }));
    await new Promise((resolve) => setTimeout(resolve, 300));

    // A reader now must not see the second event alone: it would resume past
    // its id and never read the first.
    const meanwhile = await db.liveEvent.findMany({ where: { webinarId }, select: { payload: true } });
    expect(meanwhile).toEqual([]);

    releaseFirst();
    await Promise.all([first, second]);
    const events = await db.liveEvent.findMany({ where: { webinarId }, orderBy: { id: "asc" }, select: { payload: true } });
    expect(events.map((event) => JSON.parse(event.payload))).toEqual([{ n: 1 }, { n: 2 }]);
  });
});
