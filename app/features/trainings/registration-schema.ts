import { z } from "zod";
import { CATEGORIES } from "~/platform/content/vocabulary";
import { JOB_ROLES } from "~/platform/access/roles";
import { choiceField, optionalText, phoneField, requiredText } from "~/platform/forms/fields";
import { message } from "~/platform/forms/messages";

const requiredPhone = phoneField.refine((value) => value !== "", message("validation.required"));

/** The registration form; consent must be given explicitly. */
export const registrationSchema = z.object({
  company: requiredText(200),
  jobRole: choiceField(JOB_ROLES),
  phone: requiredPhone,
  interests: z
    .union([z.string(), z.array(z.string())], message("validation.interestsRequired"))
    .transform((value) => (Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.enum(CATEGORIES, message("validation.invalidChoice"))).min(1, message("validation.interestsRequired"))),
  needs: optionalText(500),
  consent: z.literal("yes", message("validation.consentRequired")),
});
export type RegistrationInput = z.output<typeof registrationSchema>;
