import { TRAINING_SESSION_STATUSES, type TrainingSessionStatus } from "~/features/trainings/vocabulary";

/** A stored status as a known one (an unknown value reads as closed). */
export function trainingSessionStatusOf(value: string): TrainingSessionStatus {
  return (TRAINING_SESSION_STATUSES as readonly string[]).includes(value) ? (value as TrainingSessionStatus) : "closed";
}
