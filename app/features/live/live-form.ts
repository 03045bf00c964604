import { z } from "zod";
import { CATEGORIES } from "~/platform/content/vocabulary";
import { choiceField, optionalText, requiredText } from "~/platform/forms/fields";
import { message } from "~/platform/forms/messages";
import { parseForm, submittedValues, type FieldErrors, type FormResult } from "~/platform/forms/parse-form";
import { fromZonedInput } from "~/features/trainings/manage/zoned-time";
import { BEIJING } from "./vocabulary";

const wallClock = requiredText(16);

/** The trainer's form for a live webinar. Times are typed in Beijing time. */
export const liveFormSchema = z.object({
  titleZh: requiredText(200),
  titleEn: requiredText(200),
  descriptionZh: requiredText(5000),
  descriptionEn: requiredText(5000),
  speakers: requiredText(1000),
  category: choiceField(CATEGORIES),
  startsAt: wallClock,
  endsAt: wallClock,
  registrationRequired: z.literal("on").optional().transform((value) => value === "on"),
  capacity: optionalText(7)
    .refine((value) => value === "" || /^\d+$/.test(value), message("validation.wholeNumber"))
    .transform((value) => (value === "" ? null : Number(value)))
    .pipe(z.number().min(1, message("validation.capacityMin")).max(100_000, message("validation.capacityMax")).nullable()),
  /** Percent of the live duration a viewer must watch for a certificate of attendance. */
  attendanceShare: requiredText(3)
    .refine((value) => /^\d+$/.test(value), message("validation.wholeNumber"))
    .transform(Number)
    .pipe(z.number().min(1, message("validation.attendanceShareRange")).max(100, message("validation.attendanceShareRange"))),
});

export type LiveInput = Omit<z.output<typeof liveFormSchema>, "startsAt" | "endsAt"> & { startsAt: Date; endsAt: Date };

/**
 * Validates the live-webinar form: every field, the times (Beijing wall
 * clock, end after start, start in the future). Reports every problem at once.
 */
export function parseLiveForm(formData: FormData, now: Date): FormResult<LiveInput> {
  const parsed = parseForm(formData, liveFormSchema);
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors };
  const times: { startsAt?: Date; endsAt?: Date } = {};
  for (const field of ["startsAt", "endsAt"] as const) {
    if (errors[field]) continue;
    const instant = fromZonedInput(String(formData.get(field) ?? ""), BEIJING);
    if (instant) times[field] = instant;
    else errors[field] = { key: "validation.dateTime" };
  }
  if (times.startsAt && times.startsAt <= now) errors.startsAt = { key: "validation.startInPast" };
  if (times.startsAt && times.endsAt && times.endsAt <= times.startsAt) errors.endsAt = { key: "validation.endBeforeStart" };
  if (!parsed.ok || Object.keys(errors).length > 0) return { ok: false, errors, values: submittedValues(formData) };
  return { ok: true, data: { ...parsed.data, startsAt: times.startsAt!, endsAt: times.endsAt! } };
}
