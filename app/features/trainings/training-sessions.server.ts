import { isCategory } from "~/platform/content/vocabulary";
import type { Language } from "~/platform/i18n/languages";
import { db } from "~/platform/db/db.server";
import { parseJsonList } from "~/platform/db/json-list";
import { localized } from "~/platform/i18n/localized";
import { formatSchedule, monthKey } from "./schedule";
import { notFound } from "~/platform/http/responses";

export type TrainingSessionFilters = { city: string | null; category: string | null; month: string | null };

export function readTrainingSessionFilters(url: URL): TrainingSessionFilters {
  const city = url.searchParams.get("city")?.trim() || null;
  const category = url.searchParams.get("category") ?? "";
  const month = url.searchParams.get("month") ?? "";
  return {
    city: city && city.length <= 60 ? city : null,
    category: isCategory(category) ? category : null,
    month: /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? month : null,
  };
}

type SessionRow = Awaited<ReturnType<typeof db.trainingSession.findMany>>[number];

/** Whether a session takes registrations now, and if not, why. */
export function registrationState(session: Pick<SessionRow, "status" | "registrationDeadline">, now: Date) {
  if (session.status === "cancelled") return "cancelled" as const;
  if (session.status === "closed") return "closed" as const;
  if (session.registrationDeadline <= now) return "deadlinePassed" as const;
  return "open" as const;
}

export function trainingSessionSummary(session: SessionRow, language: Language, now: Date) {
  return {
    id: session.id,
    title: localized(session, "title", language),
    city: localized(session, "city", language),
    category: session.category,
    schedule: formatSchedule(session.startsAt, session.endsAt, session.timeZone, language),
    state: registrationState(session, now),
    seatsLeft: Math.max(0, session.capacity - session.confirmedCount),
    capacity: session.capacity,
  };
}

/** Upcoming sessions matching the filters, the filter choices, and recent past sessions. */
export async function listTrainingSessions(language: Language, filters: TrainingSessionFilters, now = new Date()) {
  const upcoming = await db.trainingSession.findMany({ where: { endsAt: { gte: now } }, orderBy: { startsAt: "asc" } });
  const cities = [...new Map(upcoming.map((session) => [session.cityEn, localized(session, "city", language)])).entries()];
  const months = [...new Set(upcoming.map((session) => monthKey(session.startsAt, session.timeZone)))];
  const shown = upcoming.filter(
    (session) =>
      (!filters.city || session.cityEn === filters.city) &&
      (!filters.category || session.category === filters.category) &&
      (!filters.month || monthKey(session.startsAt, session.timeZone) === filters.month),
  );
  const past = await db.trainingSession.findMany({ where: { endsAt: { lt: now } }, orderBy: { startsAt: "desc" }, take: 5 });
  return {
    sessions: shown.map((session) => trainingSessionSummary(session, language, now)),
    past: past.map((session) => trainingSessionSummary(session, language, now)),
    cities: cities.map(([value, label]) => ({ value, label })),
    months,
  };
}

export async function requireTrainingSession(id: string | undefined) {
  const session = id ? await db.trainingSession.findUnique({ where: { id } }) : null;
  if (!session) throw notFound();
  return session;
}

export function trainingSessionDetail(session: SessionRow, language: Language, now = new Date()) {
  return {
    ...trainingSessionSummary(session, language, now),
    description: localized(session, "description", language),
    venue: localized(session, "venue", language),
    address: localized(session, "address", language),
    languages: parseJsonList(session.languages),
    organizers: parseJsonList(session.organizers),
    deadline: formatSchedule(session.registrationDeadline, session.registrationDeadline, session.timeZone, language),
  };
}
