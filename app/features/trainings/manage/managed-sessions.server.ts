import { containsText } from "~/platform/db/text-match.server";
import { db, type Prisma } from "~/platform/db/db.server";
import { TRAINING_SESSION_STATUSES, type TrainingSessionStatus } from "~/features/trainings/vocabulary";
import { pageWindow } from "~/platform/shell/pagination";
import { PERIODS, type Period } from "./periods";


export type ManageFilters = { status: TrainingSessionStatus | null; period: Period | null; q: string };

export function readManageFilters(url: URL): ManageFilters {
  const status = url.searchParams.get("status") ?? "";
  const period = url.searchParams.get("period") ?? "";
  return {
    status: (TRAINING_SESSION_STATUSES as readonly string[]).includes(status) ? (status as TrainingSessionStatus) : null,
    period: (PERIODS as readonly string[]).includes(period) ? (period as Period) : null,
    q: (url.searchParams.get("q") ?? "").trim().slice(0, 100),
  };
}

/** The sessions a user manages: every session for an admin, their assigned ones for a trainer. */
export function managedBy(user: { id: string; role: string }): Prisma.TrainingSessionWhereInput {
  return user.role === "admin" ? {} : { trainers: { some: { userId: user.id } } };
}

function matching(user: { id: string; role: string }, filters: ManageFilters, now: Date): Prisma.TrainingSessionWhereInput {
  const text = filters.q ? containsText(filters.q) : null;
  return {
    AND: [
      managedBy(user),
      filters.status ? { status: filters.status } : {},
      filters.period === "upcoming" ? { endsAt: { gte: now } } : filters.period === "past" ? { endsAt: { lt: now } } : {},
      text ? { OR: [{ titleZh: text }, { titleEn: text }, { cityZh: text }, { cityEn: text }, { code: text }] } : {},
    ],
  };
}

const listFields = {
  id: true,
  code: true,
  titleZh: true,
  titleEn: true,
  cityZh: true,
  cityEn: true,
  startsAt: true,
  endsAt: true,
  registrationDeadline: true,
  timeZone: true,
  capacity: true,
  confirmedCount: true,
  status: true,
  trainers: { select: { user: { select: { name: true } } } },
  _count: { select: { registrations: { where: { status: "waitlisted" } } } },
} satisfies Prisma.TrainingSessionSelect;

export type ManagedTrainingSession = Prisma.TrainingSessionGetPayload<{ select: typeof listFields }>;

/** One page of the sessions a user manages, latest start first, and how many match. */
export async function managedTrainingSessions(user: { id: string; role: string }, filters: ManageFilters, page: number, now = new Date()) {
  const where = matching(user, filters, now);
  const [rows, total] = await Promise.all([
    db.trainingSession.findMany({ where, orderBy: { startsAt: "desc" }, select: listFields, ...pageWindow(page) }),
    db.trainingSession.count({ where }),
  ]);
  return { rows, total };
}

/** Every matching session (up to 10,000), for the CSV export. */
export async function allManagedTrainingSessions(user: { id: string; role: string }, filters: ManageFilters, now = new Date()) {
  return db.trainingSession.findMany({ where: matching(user, filters, now), orderBy: { startsAt: "desc" }, select: listFields, take: 10_000 });
}
