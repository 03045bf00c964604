import { db } from "~/platform/db/db.server";

/** 1 for the first person waiting. */
export async function waitlistPosition(registration: { sessionId: string; queuedAt: Date; createdAt: Date; id: string }): Promise<number> {
  const ahead = await db.registration.count({
    where: {
      sessionId: registration.sessionId,
      status: "waitlisted",
      OR: [
        { queuedAt: { lt: registration.queuedAt } },
        { queuedAt: registration.queuedAt, createdAt: { lt: registration.createdAt } },
        { queuedAt: registration.queuedAt, createdAt: registration.createdAt, id: { lt: registration.id } },
      ],
    },
  });
  return ahead + 1;
}
