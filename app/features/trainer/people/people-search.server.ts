import { ROLES, type Role } from "~/platform/access/roles";
import { db, type Prisma } from "~/platform/db/db.server";
import { containsText } from "~/platform/db/text-match.server";
import { pageWindow } from "~/platform/shell/pagination";

export type PeopleQuery = { q: string; role: Role | null };

export function readPeopleQuery(url: URL): PeopleQuery {
  const role = url.searchParams.get("role") ?? "";
  return {
    q: (url.searchParams.get("q") ?? "").trim().slice(0, 100),
    role: (ROLES as readonly string[]).includes(role) ? (role as Role) : null,
  };
}

function matching(query: PeopleQuery): Prisma.UserWhereInput {
  const q = query.q;
  return {
    deletedAt: null,
    ...(query.role ? { role: query.role } : {}),
    ...(q ? { OR: [{ name: containsText(q) }, { email: containsText(q.toLowerCase()) }, { company: containsText(q) }] } : {}),
  };
}

const personFields = { id: true, name: true, email: true, company: true, jobRole: true, role: true, preferredLanguage: true, createdAt: true, deactivatedAt: true } as const;

/** One page of people matching a name, email or company, by name. */
export async function searchPeople(query: PeopleQuery, page: number) {
  const where = matching(query);
  const [rows, total] = await Promise.all([
    db.user.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], select: personFields, ...pageWindow(page) }),
    db.user.count({ where }),
  ]);
  return { rows, total };
}

/** Every match (up to 10,000), for the CSV export. */
export async function allPeople(query: PeopleQuery) {
  return db.user.findMany({ where: matching(query), orderBy: [{ name: "asc" }, { id: "asc" }], select: personFields, take: 10_000 });
}

export type PersonRow = Awaited<ReturnType<typeof allPeople>>[number];
