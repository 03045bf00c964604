import { z } from "zod";
import { CATEGORIES } from "~/platform/content/vocabulary";
import { choiceField, requiredText } from "~/platform/forms/fields";
import { message } from "~/platform/forms/messages";
import { LANGUAGES } from "~/platform/i18n/languages";
import { VENUE_TIME_ZONES } from "./time-zones";

const wallClock = requiredText(16);

/**
 * The session form's fields. Times arrive as wall-clock text in the venue's
 * zone; `parseTrainingSessionForm` turns them into instants and checks their order.
 */
export const trainingSessionFormSchema = z.object({
  titleZh: requiredText(200),
  titleEn: requiredText(200),
  descriptionZh: requiredText(5000),
  descriptionEn: requiredText(5000),
  category: choiceField(CATEGORIES),
  cityZh: requiredText(60),
  cityEn: requiredText(60),
  venueZh: requiredText(200),
  venueEn: requiredText(200),
  addressZh: requiredText(300),
  addressEn: requiredText(300),
  timeZone: choiceField(VENUE_TIME_ZONES),
  startsAt: wallClock,
  endsAt: wallClock,
  registrationDeadline: wallClock,
  capacity: requiredText(7)
    .regex(/^\d+$/, message("validation.wholeNumber"))
    .transform(Number)
    .pipe(z.number().min(1, message("validation.capacityMin")).max(100_000, message("validation.capacityMax"))),
  languages: z
    .union([z.string(), z.array(z.string())], message("validation.languagesRequired"))
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.enum(LANGUAGES, message("validation.invalidChoice"))).min(1, message("validation.languagesRequired"))),
  organizers: requiredText(200).transform((value) =>
    value
      .split(/[,，、;；]/)
      .map((name) => name.trim())
      .filter(Boolean),
  ),
});

export type TrainingSessionFormValues = z.output<typeof trainingSessionFormSchema>;
