import type { QuizQuestion } from "~/features/quiz/content-schema";

/** A live poll as stored, with when it was broadcast (seconds after the live webinar first went on air). */
export type RecordedPoll = { id: string; type: string; prompt: string; choices: { id: string; text: string; correct: boolean }[]; graded: boolean; secondsIntoLive: number | null };

/** Why a poll did not become a checkpoint of a recording. */
export type LeftOutReason = "beforeRecording" | "afterRecording" | "counted";

export type RecordingCheckpoints = {
  checkpoints: { at: number; question: QuizQuestion }[];
  leftOut: { pollId: string; prompt: string; reason: LeftOutReason }[];
};

/**
 * The live polls that become checkpoints of one recording, at their
 * broadcast time minus the recording's start: graded polls only (a counted
 * poll has no right answer, and a checkpoint is graded), and only those
 * broadcast while the recording ran. A poll is typed in one language during
 * the broadcast, so its text stands for both; `explanation` is what a
 * learner reads after answering.
 */
export function checkpointsFromPolls(
  polls: RecordedPoll[],
  liveStartedAt: Date | null,
  recording: { startedAt: Date; endedAt: Date },
  explanation: { zh: string; en: string },
): RecordingCheckpoints {
  const result: RecordingCheckpoints = { checkpoints: [], leftOut: [] };
  const length = (recording.endedAt.getTime() - recording.startedAt.getTime()) / 1000;
  for (const poll of polls) {
    const at = liveStartedAt && poll.secondsIntoLive !== null ? liveStartedAt.getTime() / 1000 + poll.secondsIntoLive - recording.startedAt.getTime() / 1000 : null;
    const reason: LeftOutReason | null = at === null || at < 0 ? "beforeRecording" : at > length ? "afterRecording" : poll.graded ? null : "counted";
    if (reason) {
      result.leftOut.push({ pollId: poll.id, prompt: poll.prompt, reason });
      continue;
    }
    result.checkpoints.push({
      at: Math.round(at!),
      question: {
        id: `live-poll-${result.checkpoints.length + 1}`,
        type: poll.type === "multiple" ? "multiple" : "single",
        prompt: { zh: poll.prompt, en: poll.prompt },
        choices: poll.choices.map((choice) => ({ id: choice.id, correct: choice.correct, text: { zh: choice.text, en: choice.text } })),
        explanation,
      },
    });
  }
  result.checkpoints.sort((a, b) => a.at - b.at);
  return result;
}
