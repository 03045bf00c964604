import { z } from "zod";
import { CATEGORIES } from "~/platform/content/vocabulary";
import { choiceField, requiredText } from "~/platform/forms/fields";
import { message } from "~/platform/forms/messages";

/** The details a trainer types for a webinar; the video, captions and questions are added on its page. */
export const webinarFormSchema = z.object({
  titleZh: requiredText(200),
  titleEn: requiredText(200),
  descriptionZh: requiredText(5000),
  descriptionEn: requiredText(5000),
  category: choiceField(CATEGORIES),
  recordedOn: requiredText(10)
    .regex(/^\d{4}-\d{2}-\d{2}$/, message("validation.date"))
    .refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), message("validation.date")),
});
export type WebinarFormValues = z.infer<typeof webinarFormSchema>;

export const WEBINAR_FORM_FIELDS = Object.keys(webinarFormSchema.shape) as (keyof WebinarFormValues)[];
