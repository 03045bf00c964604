import { parseForm, submittedValues, type FieldErrors, type FormResult } from "~/platform/forms/parse-form";
import type { TrainingSessionFormValues } from "./session-form-schema";
import { trainingSessionFormSchema } from "./session-form-schema";
import { VENUE_TIME_ZONES } from "./time-zones";
import { fromZonedInput } from "./zoned-time";

export type TrainingSessionInput = Omit<TrainingSessionFormValues, "startsAt" | "endsAt" | "registrationDeadline"> & {
  startsAt: Date;
  endsAt: Date;
  registrationDeadline: Date;
};

const TIME_FIELDS = ["startsAt", "endsAt", "registrationDeadline"] as const;

/**
 * Validates the session form: every field, the times in the venue's zone
 * (end after start, deadline before start) and the capacity, which may not
 * drop below the seats already confirmed. Reports every problem at once.
 */
export function parseTrainingSessionForm(formData: FormData, confirmedCount = 0): FormResult<TrainingSessionInput> {
  const parsed = parseForm(formData, trainingSessionFormSchema);
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };

  const zone = String(formData.get("timeZone") ?? "");
  const knownZone = (VENUE_TIME_ZONES as readonly string[]).includes(zone);
  const times: Partial<Record<(typeof TIME_FIELDS)[number], Date>> = {};
  for (const field of TIME_FIELDS) {
    const text = String(formData.get(field) ?? "").trim();
    if (errors[field] || !knownZone) continue;
    const instant = fromZonedInput(text, zone);
    if (instant) times[field] = instant;
    else errors[field] = { key: "validation.dateTime" };
  }
  if (times.startsAt && times.endsAt && times.endsAt <= times.startsAt) errors.endsAt = { key: "validation.endBeforeStart" };
  if (times.startsAt && times.registrationDeadline && times.registrationDeadline >= times.startsAt)
    errors.registrationDeadline = { key: "validation.deadlineAfterStart" };
  if (parsed.ok && parsed.data.capacity < confirmedCount) errors.capacity = { key: "validation.capacityBelowConfirmed", values: { count: confirmedCount } };

  if (!parsed.ok || Object.keys(errors).length > 0) return { ok: false, errors, values: submittedValues(formData) };
  return { ok: true, data: { ...parsed.data, startsAt: times.startsAt!, endsAt: times.endsAt!, registrationDeadline: times.registrationDeadline! } };
}
