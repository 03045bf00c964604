/**
 * Why a video could not be published, as codes the trainer's page shows in
 * plain words (`webinarAdmin.videoProblems.<code>`). A job stores the code as
 * its `lastError`, prefixed so it is told apart from other errors.
 */
export const VIDEO_PROBLEMS = ["notVideo", "truncated", "noPicture", "tooShort", "transcodeFailed", "sourceMissing"] as const;
export type VideoProblem = (typeof VIDEO_PROBLEMS)[number];

const PREFIX = "video:";

/** A file that cannot become a webinar video; another attempt would not help. */
export class VideoRefused extends Error {
  constructor(
    readonly problem: VideoProblem,
    /** What the tool said, for the log (never shown as it is). */
    readonly detail = "",
  ) {
    super(`${PREFIX}${problem}`);
    this.name = "VideoRefused";
  }
}

/** The problem code in a job's `lastError`, or null for any other error. */
export function videoProblemOf(lastError: string | null | undefined): VideoProblem | null {
  if (!lastError?.startsWith(PREFIX)) return null;
  const code = lastError.slice(PREFIX.length);
  return (VIDEO_PROBLEMS as readonly string[]).includes(code) ? (code as VideoProblem) : null;
}
