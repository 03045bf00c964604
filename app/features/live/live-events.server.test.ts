// The Server-Sent Events route reads the database as the bus: a change
// written by any process reaches a connected viewer, and a reconnect with
// Last-Event-ID gets exactly the events after it, once each.
import { describe, expect, it } from "vitest";
import { db } from "~/platform/db/db.server";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { askQuestion, answerQuestion } from "./live-questions.server";
import { createLiveWebinar } from "./live-webinars.server";
import { loader } from "./routes/events";

const HOUR = 3_600_000;

async function openWebinar() {
  const host = await makeUser("trainer");
  const startsAt = new Date(Date.now() + HOUR);
  const input = { titleZh: "直播", titleEn: "Live", descriptionZh: "说明", descriptionEn: "About", speakers: "A", category: "toys" as const, startsAt, endsAt: new Date(startsAt.getTime() + HOUR), registrationRequired: false, capacity: null, attendanceShare: 50 };
  return createLiveWebinar(input, host);
}

/** Opens the event stream as a browser would and collects the events' ids and data until `count` arrived. */
async function readEvents(webinarId: string, headers: Record<string, string>, count: number, whileOpen: () => Promise<void> = async () => {}) {
  const abort = new AbortController();
  const response = await loader({ request: new Request(`http://localhost/live/${webinarId}/events`, { headers, signal: abort.signal }), params: { id: webinarId }, context: { clientIp: "127.0.0.1" } });
  expect(response.headers.get("Content-Type")).toContain("text/event-stream");
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: { id: number; data: { text: string; status: string } }[] = [];
  let buffer = "";
  await whileOpen();
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const blocks = buffer.split("\n\n");
    buffer = blocks.pop()!;
    for (const block of blocks) {
      const id = /^id: (\d+)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (id && data) events.push({ id: Number(id), data: JSON.parse(data) });
    }
  }
  abort.abort();
  return events;
}

describe("live events over SSE", () => {
  it("delivers changes from the database, and resumes after Last-Event-ID without losing or repeating", async () => {
    const webinar = await openWebinar();
    const asker = await makeUser("learner");
    await askQuestion(webinar, asker, "第一个问题");
    await askQuestion(webinar, asker, "Second question");
    const first = await readEvents(webinar.id, {}, 2);
    expect(first.map((event) => event.data.text)).toEqual(["第一个问题", "Second question"]);

    // Resuming after the first: the second (missed while away), then a change written meanwhile by "another process", once each.
    const resumed = await readEvents(webinar.id, { "Last-Event-ID": String(first[0]!.id) }, 2, async () => {
      const question = await db.liveQuestion.findFirstOrThrow({ where: { webinarId: webinar.id, text: "第一个问题" } });
      await answerQuestion(webinar.id, question.id, "见第 3 页");
    });
    expect(resumed.map((event) => event.id)).toEqual([first[1]!.id, first[1]!.id + 1]);
    expect(resumed.map((event) => [event.data.text, event.data.status])).toEqual([
      ["Second question", "open"],
      ["第一个问题", "answered"],
    ]);
  });
});
