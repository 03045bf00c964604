export type SendFailure = {
  /** "no": the server refused, or was never reached; "unknown": it may have accepted the message. */
  delivered: "no" | "unknown";
  /** Another attempt cannot succeed (a 5xx refusal). */
  permanent: boolean;
};

/**
 * What a failed send means, from the error nodemailer gives. A refusal
 * carries the server's reply code (4xx: try later, 5xx: give up); a
 * connection that never opened delivered nothing. Anything else — a
 * connection that broke or timed out after it opened — may have happened
 * after the server took the message, so its outcome is unknown.
 */
export function sendFailure(error: unknown): SendFailure {
  const { responseCode, syscall } = (error ?? {}) as { responseCode?: unknown; syscall?: unknown };
  if (typeof responseCode === "number") return { delivered: "no", permanent: responseCode >= 500 };
  if (syscall === "connect" || syscall === "getaddrinfo") return { delivered: "no", permanent: false };
  return { delivered: "unknown", permanent: false };
}
