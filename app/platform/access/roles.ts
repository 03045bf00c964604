export const ROLES = ["learner", "trainer", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const JOB_ROLES = ["buyer", "sourcing", "manufacturer", "exporter", "trainer", "other"] as const;
export type JobRole = (typeof JOB_ROLES)[number];

/** Trainers and admins may open the trainer area; admins see everything. */
export function canTrain(role: string): boolean {
  return role === "trainer" || role === "admin";
}

/** A stored role string as a known role (unknown values read as the least privileged). */
export function roleOf(value: string): Role {
  return (ROLES as readonly string[]).includes(value) ? (value as Role) : "learner";
}

export function jobRoleOf(value: string): JobRole {
  return (JOB_ROLES as readonly string[]).includes(value) ? (value as JobRole) : "other";
}
