import { db } from "~/platform/db/db.server";

export async function accountCountsByRole(): Promise<Record<string, number>> {
  const groups = await db.user.groupBy({ by: ["role"], where: { deletedAt: null }, _count: { _all: true } });
  return Object.fromEntries(groups.map((group) => [group.role, group._count._all]));
}

export async function newestAccounts(limit: number) {
  return db.user.findMany({
    where: { deletedAt: null },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, name: true, company: true, jobRole: true, createdAt: true },
  });
}
