// Time to register 300 people at once for a session of 40 seats, with the
// same burst the registration unit test checks, on a copy of the database.
export type RegistrationFigures = { users: number; seats: number; ms: number; confirmed: number; waitlisted: number };

/** DATABASE_URL must point at a scratch copy before this runs (it imports the app's db client). */
export async function timeRegistrationBurst(users = 300, seats = 40): Promise<RegistrationFigures> {
  const { registrationBurst } = await import("../../app/features/trainings/test-support/registration-burst");
  const burst = await registrationBurst("bench", users, seats);
  const statuses = burst.outcomes.map((outcome) => (outcome.ok ? outcome.status : "refused"));
  return {
    users,
    seats,
    ms: Math.round(burst.ms),
    confirmed: statuses.filter((status) => status === "confirmed").length,
    waitlisted: statuses.filter((status) => status === "waitlisted").length,
  };
}
