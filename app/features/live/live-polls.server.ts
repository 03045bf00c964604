import { z } from "zod";
import { db, type Tx } from "~/platform/db/db.server";
import { publishLiveEvent } from "./live-events.server";
import { isUniqueViolation } from "~/platform/db/unique-violation.server";

const choicesSchema = z.array(z.object({ id: z.string(), text: z.string(), correct: z.boolean() }));
type PollRow = { id: string; webinarId: string; type: string; prompt: string; choices: string; graded: boolean; status: string; resultsShown: boolean };

export type PollResults = { counts: Record<string, number>; answers: number; correct: number | null };
/** A poll as viewers see it: no correct flags; results only once the host shows them. */
export type PollView = { id: string; type: string; prompt: string; choices: { id: string; text: string }[]; status: string; results: PollResults | null; createdAt: string };
/** A poll as its host sees it: with the correct choices and the running results. */
export type HostPollView = PollView & { correctIds: string[]; resultsShown: boolean; results: PollResults };

const choicesOf = (poll: { choices: string }) => choicesSchema.parse(JSON.parse(poll.choices));

async function resultsOf(tx: Tx, poll: PollRow): Promise<PollResults> {
  const answers = await tx.livePollAnswer.findMany({ where: { pollId: poll.id }, select: { choices: true, correct: true } });
  const counts: Record<string, number> = Object.fromEntries(choicesOf(poll).map((choice) => [choice.id, 0]));
  for (const answer of answers) for (const id of z.array(z.string()).parse(JSON.parse(answer.choices))) if (id in counts) counts[id]! += 1;
  return { counts, answers: answers.length, correct: poll.graded ? answers.filter((answer) => answer.correct).length : null };
}

function viewerView(poll: PollRow & { createdAt: Date }, results: PollResults): PollView {
  return {
    id: poll.id,
    type: poll.type,
    prompt: poll.prompt,
    choices: choicesOf(poll).map(({ id, text }) => ({ id, text })),
    status: poll.status,
    results: poll.resultsShown ? results : null,
    createdAt: poll.createdAt.toISOString(),
  };
}

function hostView(poll: PollRow & { createdAt: Date }, results: PollResults): HostPollView {
  return { ...viewerView(poll, results), results, resultsShown: poll.resultsShown, correctIds: choicesOf(poll).filter((choice) => choice.correct).map((choice) => choice.id) };
}

/** Tells viewers (and, with the results, the hosts) the poll's state after a change. */
async function announce(tx: Tx, poll: PollRow & { createdAt: Date }, viewersToo: boolean) {
  const results = await resultsOf(tx, poll);
  if (viewersToo) await publishLiveEvent(tx, poll.webinarId, "poll", viewerView(poll, results));
  await publishLiveEvent(tx, poll.webinarId, "pollResults", hostView(poll, results), "hosts");
}

export type NewPoll = { type: "single" | "multiple"; prompt: string; choices: string[]; correct: number[] };

/** The host pushes a poll to every viewer; open polls before it close. */
export async function pushPoll(webinar: { id: string; liveStartedAt: Date | null }, input: NewPoll, now = new Date()) {
  return db.$transaction(async (tx) => {
    const open = await tx.livePoll.findMany({ where: { webinarId: webinar.id, status: "open" } });
    for (const poll of open) await announce(tx, await tx.livePoll.update({ where: { id: poll.id }, data: { status: "closed" } }), true);
    const poll = await tx.livePoll.create({
      data: {
        webinarId: webinar.id,
        type: input.type,
        prompt: input.prompt,
        choices: JSON.stringify(input.choices.map((text, index) => ({ id: `c${index + 1}`, text, correct: input.correct.includes(index + 1) }))),
        graded: input.correct.length > 0,
        secondsIntoLive: webinar.liveStartedAt ? Math.max(0, Math.round((now.getTime() - webinar.liveStartedAt.getTime()) / 1000)) : null,
      },
    });
    await announce(tx, poll, true);
    return poll;
  });
}

export type PollAnswerOutcome = { ok: true } | { ok: false; reason: "closed" | "invalid" | "alreadyAnswered" };

/** An attendee's answer: once, to an open poll, with choices it has (one for a single-choice poll). */
export async function answerPoll(webinarId: string, pollId: string, userId: string, choiceIds: string[]): Promise<PollAnswerOutcome> {
  try {
    return await db.$transaction(async (tx) => {
      const poll = await tx.livePoll.findFirst({ where: { id: pollId, webinarId } });
      if (!poll || poll.status !== "open") return { ok: false as const, reason: "closed" as const };
      const choices = choicesOf(poll);
      const picked = [...new Set(choiceIds)].sort();
      if (picked.length === 0 || (poll.type === "single" && picked.length > 1) || picked.some((id) => !choices.some((choice) => choice.id === id))) return { ok: false as const, reason: "invalid" as const };
      const correctIds = choices.filter((choice) => choice.correct).map((choice) => choice.id).sort();
      await tx.livePollAnswer.create({ data: { pollId, userId, choices: JSON.stringify(picked), correct: poll.graded ? picked.join() === correctIds.join() : null } });
      await announce(tx, poll, poll.resultsShown);
      return { ok: true as const };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "alreadyAnswered" };
    throw error;
  }
}

/** The host shows the results to viewers, or closes the poll. */
export async function changePoll(webinarId: string, pollId: string, change: "showResults" | "close"): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const poll = await tx.livePoll.findFirst({ where: { id: pollId, webinarId } });
    if (!poll) return false;
    await announce(tx, await tx.livePoll.update({ where: { id: pollId }, data: change === "close" ? { status: "closed" } : { resultsShown: true } }), true);
    return true;
  });
}

/** The polls of a webinar as a viewer or as its host sees them, newest first. */
export async function pollsFor(webinarId: string, host: true): Promise<HostPollView[]>;
export async function pollsFor(webinarId: string, host: false): Promise<PollView[]>;
export async function pollsFor(webinarId: string, host: boolean): Promise<PollView[] | HostPollView[]> {
  const polls = await db.livePoll.findMany({ where: { webinarId }, orderBy: { createdAt: "desc" }, take: 50 });
  const views = [];
  for (const poll of polls) {
    const results = await resultsOf(db, poll);
    views.push(host ? hostView(poll, results) : viewerView(poll, results));
  }
  return views;
}

/** Which polls a user has answered, and with what. */
export async function myPollAnswers(webinarId: string, userId: string): Promise<Record<string, string[]>> {
  const answers = await db.livePollAnswer.findMany({ where: { userId, pollId: { in: (await db.livePoll.findMany({ where: { webinarId }, select: { id: true } })).map((poll) => poll.id) } } });
  return Object.fromEntries(answers.map((answer) => [answer.pollId, z.array(z.string()).parse(JSON.parse(answer.choices))]));
}
