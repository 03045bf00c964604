import { db } from "~/features/server/db.server";

export async function accountCountsByRole(): Promise<Record<string, number>> {
  const groups = await db.user.groupBy({ by: ["role"], _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.role, group._count._all]));
}

export async function newestAccounts(limit: number) {
  return db.user.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, name: true, company: true, jobRole: true, createdAt: true },
  });
}

/** Sessions a trainer runs (every session for an admin), soonest first, upcoming before past. */
export async function sessionsForTrainer(user: { id: string; role: string }) {
  return db.trainingSession.findMany({
    where: user.role === "admin" ? {} : { trainers: { some: { userId: user.id } } },
    orderBy: { startsAt: "desc" },
    take: 50,
    select: {
      id: true,
      titleZh: true,
      titleEn: true,
      cityZh: true,
      cityEn: true,
      startsAt: true,
      endsAt: true,
      timeZone: true,
      capacity: true,
      confirmedCount: true,
      status: true,
      _count: { select: { registrations: { where: { status: "waitlisted" } } } },
    },
  });
}
