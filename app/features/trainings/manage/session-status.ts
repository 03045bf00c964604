import { SESSION_STATUSES, type SessionStatus } from "~/features/trainings/vocabulary";

/** A stored status as a known one (an unknown value reads as closed). */
export function sessionStatusOf(value: string): SessionStatus {
  return (SESSION_STATUSES as readonly string[]).includes(value) ? (value as SessionStatus) : "closed";
}
