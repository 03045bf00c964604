import { z } from "zod";
import { JOB_ROLES } from "~/platform/access/roles";
import { choiceField, emailField, optionalText, phoneField, requiredText } from "~/platform/forms/fields";

export const walkInSchema = z.object({
  name: requiredText(100),
  email: z.union([z.literal(""), emailField]).default(""),
  company: optionalText(200),
  phone: phoneField,
  jobRole: choiceField(JOB_ROLES),
});
