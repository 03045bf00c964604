import type { TFunction } from "i18next";
import { ROLES } from "~/platform/access/roles";
import { isJobKind, jobKindLabelKey } from "~/platform/jobs/vocabulary";
import { isAttendance } from "~/features/trainings/vocabulary";
import type { Translation } from "~/locales";

type DetailKey = keyof Translation["manage"]["audit"]["details"];
type FieldKey = keyof Translation["manage"]["sessionForm"]["fields"];

const DETAIL_KEYS: readonly string[] = [
  "changed", "promoted", "notified", "trainerIds", "from", "to", "attendance", "via", "sessionId", "name", "title", "kind", "recipient", "recalls", "subscribers",
] satisfies DetailKey[];
const SESSION_FIELDS: readonly string[] = [
  "titleZh", "titleEn", "descriptionZh", "descriptionEn", "category", "cityZh", "cityEn", "venueZh", "venueEn", "addressZh", "addressEn",
  "timeZone", "startsAt", "endsAt", "registrationDeadline", "capacity", "languages", "organizers",
] satisfies FieldKey[];

function valueText(key: string, value: unknown, t: TFunction): string {
  if (Array.isArray(value)) {
    return value.map((item) => (key === "changed" && SESSION_FIELDS.includes(String(item)) ? t(`manage.sessionForm.fields.${item as FieldKey}`) : String(item))).join(", ");
  }
  if ((key === "from" || key === "to") && (ROLES as readonly unknown[]).includes(value)) return t(`common.roles.${value as (typeof ROLES)[number]}`);
  if (key === "via" && (value === "check-in" || value === "roster")) return t(value === "check-in" ? "manage.audit.via.checkIn" : "manage.audit.via.roster");
  if (key === "attendance") return isAttendance(value) ? t(`trainings.attendance.${value}`) : "—";
  if (key === "kind" && isJobKind(value)) return t(`jobs.kinds.${jobKindLabelKey(value)}`);
  return typeof value === "object" && value !== null ? JSON.stringify(value) : String(value);
}

/** The details JSON as localized "label: value" pairs; unreadable JSON shows as stored. */
export function detailsText(details: string, t: TFunction): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(details);
  } catch {
    return details;
  }
  if (!parsed || typeof parsed !== "object") return details;
  return Object.entries(parsed)
    .map(([key, value]) => `${DETAIL_KEYS.includes(key) ? t(`manage.audit.details.${key as DetailKey}`) : key}: ${valueText(key, value, t)}`)
    .join("; ");
}
