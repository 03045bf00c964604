import { db, type Tx } from "~/platform/db/db.server";
import { publishLiveEvent } from "./live-events.server";
import { isUniqueViolation } from "~/platform/db/unique-violation.server";

/** A question as every viewer sees it (hidden ones only as hidden, so pages drop them). */
export type QuestionView = { id: string; name: string; text: string; votes: number; status: string; answer: string; createdAt: string };

type QuestionRow = { id: string; name: string; text: string; votes: number; status: string; answer: string; createdAt: Date };

function view(question: QuestionRow): QuestionView {
  if (question.status === "hidden") return { id: question.id, name: "", text: "", votes: 0, status: "hidden", answer: "", createdAt: question.createdAt.toISOString() };
  return { id: question.id, name: question.name, text: question.text, votes: question.votes, status: question.status, answer: question.answer, createdAt: question.createdAt.toISOString() };
}

async function announce(tx: Tx, question: QuestionRow & { webinarId: string }) {
  await publishLiveEvent(tx, question.webinarId, "question", view(question));
}

/** The questions viewers see, most votes first, then oldest first. */
export async function visibleQuestions(webinarId: string): Promise<QuestionView[]> {
  const rows = await db.liveQuestion.findMany({ where: { webinarId, status: { not: "hidden" } }, orderBy: [{ votes: "desc" }, { createdAt: "asc" }], take: 500 });
  return rows.map(view);
}

export type AskOutcome = { ok: true } | { ok: false; reason: "muted" | "closed" };

/** An attendee's question, in either language; refused when the host muted them or the webinar is over. */
export async function askQuestion(webinar: { id: string; status: string }, user: { id: string; name: string }, text: string): Promise<AskOutcome> {
  if (webinar.status === "ended" || webinar.status === "cancelled") return { ok: false, reason: "closed" };
  return db.$transaction(async (tx) => {
    if (await tx.liveMute.findUnique({ where: { webinarId_userId: { webinarId: webinar.id, userId: user.id } } })) return { ok: false as const, reason: "muted" as const };
    const question = await tx.liveQuestion.create({ data: { webinarId: webinar.id, userId: user.id, name: user.name, text } });
    await announce(tx, question);
    return { ok: true as const };
  });
}

/** One vote per person and question; a second vote changes nothing. */
export async function voteForQuestion(webinarId: string, questionId: string, userId: string): Promise<boolean> {
  try {
    return await db.$transaction(async (tx) => {
      const question = await tx.liveQuestion.findFirst({ where: { id: questionId, webinarId, status: { not: "hidden" } } });
      if (!question) return false;
      await tx.liveQuestionVote.create({ data: { questionId, userId } });
      await announce(tx, await tx.liveQuestion.update({ where: { id: questionId }, data: { votes: { increment: 1 } } }));
      return true;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** The host marks a question answered, optionally with a written answer. */
export async function answerQuestion(webinarId: string, questionId: string, answer: string, now = new Date()): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const question = await tx.liveQuestion.findFirst({ where: { id: questionId, webinarId, status: { not: "hidden" } } });
    if (!question) return false;
    await announce(tx, await tx.liveQuestion.update({ where: { id: questionId }, data: { status: "answered", answer, answeredAt: now } }));
    return true;
  });
}

/** The host hides a question from everyone. */
export async function hideQuestion(webinarId: string, questionId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const question = await tx.liveQuestion.findFirst({ where: { id: questionId, webinarId } });
    if (!question) return false;
    await announce(tx, await tx.liveQuestion.update({ where: { id: questionId }, data: { status: "hidden" } }));
    return true;
  });
}

/** The host mutes a question's asker: their questions are hidden and new ones refused. */
export async function muteAsker(webinarId: string, questionId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const question = await tx.liveQuestion.findFirst({ where: { id: questionId, webinarId } });
    if (!question) return false;
    await tx.liveMute.upsert({ where: { webinarId_userId: { webinarId, userId: question.userId } }, create: { webinarId, userId: question.userId }, update: {} });
    const theirs = await tx.liveQuestion.findMany({ where: { webinarId, userId: question.userId, status: { not: "hidden" } } });
    for (const row of theirs) await announce(tx, await tx.liveQuestion.update({ where: { id: row.id }, data: { status: "hidden" } }));
    return true;
  });
}
