import { db } from "~/platform/db/db.server";

let counter = 0;

/** An account for unit tests (its address confirmed), with a given role and mail language. */
export function makeUser(role: "learner" | "trainer" | "admin", preferredLanguage: "zh" | "en" = "zh", name = `${role} ${++counter}`) {
  counter += 1;
  return db.user.create({
    data: { email: `${role}-${counter}-${Date.now()}@example.com`, passwordHash: "unused", name, role, preferredLanguage, emailVerifiedAt: new Date() },
  });
}
