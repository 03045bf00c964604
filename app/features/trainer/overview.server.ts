import { formatDateTime } from "~/platform/i18n/dates";
import type { Language } from "~/platform/i18n/languages";
import { db } from "~/platform/db/db.server";
import { formatSchedule } from "~/features/trainings/schedule";
import { localized } from "~/platform/i18n/localized";
import { managedBy } from "~/features/trainings/manage/managed-sessions.server";

type Viewer = { id: string; role: string };

/** The viewer's sessions that have not ended (every session for an admin), soonest first. */
export async function upcomingTrainingSessions(viewer: Viewer, language: Language, now = new Date()) {
  const sessions = await db.trainingSession.findMany({
    where: { AND: [managedBy(viewer), { endsAt: { gte: now } }] },
    orderBy: { startsAt: "asc" },
    take: 20,
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
  return sessions.map((session) => ({
    id: session.id,
    title: localized(session, "title", language),
    city: localized(session, "city", language),
    schedule: formatSchedule(session.startsAt, session.endsAt, session.timeZone, language),
    status: session.status,
    confirmed: session.confirmedCount,
    capacity: session.capacity,
    waitlisted: session._count.registrations,
  }));
}

export type CompletionKind = "course" | "webinar" | "training";
export type Completion = { kind: CompletionKind; userId: string | null; name: string; title: string; at: Date; detail: string | null };

/**
 * The newest completions: finished courses and webinars (platform-wide; they
 * belong to no trainer) and attendance marked present or late at the viewer's
 * sessions (every session for an admin).
 */
export async function recentCompletions(viewer: Viewer, language: Language, limit = 15): Promise<Completion[]> {
  const [courses, webinars, attended] = await Promise.all([
    db.courseEnrollment.findMany({
      where: { completedAt: { not: null }, user: { deletedAt: null } },
      orderBy: { completedAt: "desc" },
      take: limit,
      select: { completedAt: true, user: { select: { id: true, name: true } }, course: { select: { titleZh: true, titleEn: true } } },
    }),
    db.webinarProgress.findMany({
      where: { completedAt: { not: null }, user: { deletedAt: null } },
      orderBy: { completedAt: "desc" },
      take: limit,
      select: { completedAt: true, user: { select: { id: true, name: true } }, webinar: { select: { titleZh: true, titleEn: true } } },
    }),
    db.registration.findMany({
      where: { attendance: { in: ["present", "late"] }, checkedInAt: { not: null }, session: managedBy(viewer), OR: [{ userId: null }, { user: { deletedAt: null } }] },
      orderBy: { checkedInAt: "desc" },
      take: limit,
      select: { userId: true, name: true, attendance: true, checkedInAt: true, session: { select: { titleZh: true, titleEn: true } } },
    }),
  ]);
  const all: Completion[] = [
    ...courses.map((row) => ({ kind: "course" as const, userId: row.user.id, name: row.user.name, title: localized(row.course, "title", language), at: row.completedAt!, detail: null })),
    ...webinars.map((row) => ({ kind: "webinar" as const, userId: row.user.id, name: row.user.name, title: localized(row.webinar, "title", language), at: row.completedAt!, detail: null })),
    ...attended.map((row) => ({ kind: "training" as const, userId: row.userId, name: row.name, title: localized(row.session, "title", language), at: row.checkedInAt!, detail: row.attendance })),
  ];
  return all.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, limit);
}

/** A completion's time as read in China (the platform's reference zone). */
export function completionTime(at: Date, language: Language): string {
  return formatDateTime(at, language);
}
