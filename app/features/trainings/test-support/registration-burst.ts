import { db } from "~/platform/db/db.server";
import { registerForTrainingSession, type RegistrationDetails } from "../registration.server";
import { makeTrainingSession } from "./make-training-session";

/** `count` learners named `{prefix}-{i}@example.com`, in that order. */
export async function makeUsers(prefix: string, count: number) {
  await db.user.createMany({
    data: Array.from({ length: count }, (_, i) => ({ email: `${prefix}-${i}@example.com`, passwordHash: "x", name: `学员${i}` })),
  });
  const users = await db.user.findMany({ where: { email: { startsWith: `${prefix}-` } }, select: { id: true, email: true } });
  const index = (email: string) => Number(email.slice(prefix.length + 1).split("@")[0]);
  return users.sort((a, b) => index(a.email) - index(b.email));
}

export const registrationDetails = (name: string): RegistrationDetails => ({
  name,
  email: `${name}@example.com`,
  company: "公司",
  jobRole: "buyer",
  phone: "13800138000",
  interests: ["toys"],
  needs: "",
  language: "zh",
});

/**
 * `users` learners register at the same moment for a new session of `seats`
 * seats; registration i is named `u{i}`. Used by the load test and the benchmark.
 */
export async function registrationBurst(prefix: string, users: number, seats: number) {
  const session = await makeTrainingSession(`${prefix}-session`, seats);
  const people = await makeUsers(prefix, users);
  const started = performance.now();
  const outcomes = await Promise.all(people.map((user, i) => registerForTrainingSession(session.id, user.id, registrationDetails(`u${i}`))));
  return { session, users: people, outcomes, ms: performance.now() - started };
}
