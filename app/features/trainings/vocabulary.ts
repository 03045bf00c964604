export const TRAINING_SESSION_STATUSES = ["open", "closed", "cancelled"] as const;
export type TrainingSessionStatus = (typeof TRAINING_SESSION_STATUSES)[number];

export const REGISTRATION_STATUSES = ["confirmed", "waitlisted", "cancelled"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const ATTENDANCE = ["present", "late", "absent", "excused"] as const;
export type Attendance = (typeof ATTENDANCE)[number];

export function isAttendance(value: unknown): value is Attendance {
  return typeof value === "string" && (ATTENDANCE as readonly string[]).includes(value);
}

export function registrationStatusOf(value: string): RegistrationStatus {
  return (REGISTRATION_STATUSES as readonly string[]).includes(value) ? (value as RegistrationStatus) : "cancelled";
}
