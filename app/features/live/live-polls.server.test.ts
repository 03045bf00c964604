// Polls: answers once, only with the poll's own choices, graded when the host
// marked correct choices, counted otherwise; results reach viewers only when shown.
import { describe, expect, it } from "vitest";
import { db } from "~/platform/db/db.server";
import { makeUser } from "~/features/trainer/test-support/make-user";
import { createLiveWebinar } from "./live-webinars.server";
import { answerPoll, changePoll, pollsFor, pushPoll } from "./live-polls.server";
import { parsePollForm } from "./poll-form";

const HOUR = 3_600_000;

async function webinar() {
  const startsAt = new Date(Date.now() + HOUR);
  const input = { titleZh: "直播", titleEn: "Live", descriptionZh: "说明", descriptionEn: "About", speakers: "A", category: "toys" as const, startsAt, endsAt: new Date(startsAt.getTime() + HOUR), registrationRequired: false, capacity: null, attendanceShare: 50 };
  return createLiveWebinar(input, await makeUser("trainer"));
}

function form(values: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.set(name, value);
  return data;
}

describe("live polls", () => {
  it("grades answers, refuses a second answer and foreign choices, and shows results to viewers only when told", async () => {
    const live = await webinar();
    const startedAt = new Date(Date.now() - 90_000);
    await db.liveWebinar.update({ where: { id: live.id }, data: { status: "live", liveStartedAt: startedAt } });
    const poll = await pushPoll({ id: live.id, liveStartedAt: startedAt }, { type: "multiple", prompt: "Which need a CPC?", choices: ["Toys", "Cribs", "Adult shoes"], correct: [1, 2] });
    expect(poll.secondsIntoLive).toBeGreaterThanOrEqual(90);
    const [a, b, c] = await Promise.all([makeUser("learner"), makeUser("learner"), makeUser("learner")]);
    expect(await answerPoll(live.id, poll.id, a.id, ["c1", "c2"])).toEqual({ ok: true });
    expect(await answerPoll(live.id, poll.id, a.id, ["c1"])).toEqual({ ok: false, reason: "alreadyAnswered" });
    expect(await answerPoll(live.id, poll.id, b.id, ["c1"])).toEqual({ ok: true });
    expect(await answerPoll(live.id, poll.id, c.id, ["c9"])).toEqual({ ok: false, reason: "invalid" });
    expect(await answerPoll(live.id, poll.id, c.id, [])).toEqual({ ok: false, reason: "invalid" });

    const [hosts] = await pollsFor(live.id, true);
    expect(hosts!.results).toEqual({ counts: { c1: 2, c2: 1, c3: 0 }, answers: 2, correct: 1 });
    expect(hosts!.correctIds).toEqual(["c1", "c2"]);
    const [viewers] = await pollsFor(live.id, false);
    expect(viewers!.results).toBeNull();
    expect(JSON.stringify(viewers)).not.toContain("correct");
    await changePoll(live.id, poll.id, "showResults");
    expect((await pollsFor(live.id, false))[0]!.results).toEqual({ counts: { c1: 2, c2: 1, c3: 0 }, answers: 2, correct: 1 });
    await changePoll(live.id, poll.id, "close");
    expect(await answerPoll(live.id, poll.id, c.id, ["c3"])).toEqual({ ok: false, reason: "closed" });
  });

  it("reads the host's form: 2 to 8 choices, correct numbers within them, one for a one-answer poll", () => {
    expect(parsePollForm(form({ prompt: "Q", type: "single", choices: "A\nB\n\n", correct: "" }))).toEqual({ ok: true, data: { type: "single", prompt: "Q", choices: ["A", "B"], correct: [] } });
    expect(parsePollForm(form({ prompt: "Q", type: "single", choices: "A", correct: "" }))).toMatchObject({ ok: false, errors: { choices: { key: "validation.pollChoices" } } });
    expect(parsePollForm(form({ prompt: "Q", type: "single", choices: "A\nB", correct: "1, 2" }))).toMatchObject({ ok: false, errors: { correct: { key: "validation.pollCorrect" } } });
    expect(parsePollForm(form({ prompt: "Q", type: "multiple", choices: "A\nB", correct: "3" }))).toMatchObject({ ok: false, errors: { correct: { key: "validation.pollCorrect" } } });
    expect(parsePollForm(form({ prompt: "Q", type: "multiple", choices: "A\nB\nC", correct: "1，3" }))).toMatchObject({ ok: true, data: { correct: [1, 3] } });
  });
});
