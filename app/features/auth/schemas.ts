import { z } from "zod";
import { choiceField, emailField, optionalText, phoneField, requiredText } from "~/platform/forms/fields";
import { message } from "~/platform/forms/messages";
import { LANGUAGES } from "~/platform/i18n/languages";
import { JOB_ROLES } from "~/platform/access/roles";

export const profileSchema = z.object({
  name: requiredText(100),
  company: optionalText(200),
  jobRole: choiceField(JOB_ROLES),
  phone: phoneField,
  preferredLanguage: choiceField(LANGUAGES),
});
export type ProfileInput = z.output<typeof profileSchema>;

export const newPasswordField = z
  .string(message("validation.required"))
  .min(1, message("validation.required"))
  .min(10, message("validation.passwordTooShort"))
  .max(200, message("validation.passwordTooLong"));

export const joinSchema = profileSchema.extend({
  email: emailField,
  password: newPasswordField,
});

export const loginSchema = z.object({
  email: emailField,
  password: z.string(message("validation.required")).min(1, message("validation.required")).max(200, message("validation.passwordTooLong")),
  redirectTo: z.unknown().optional(),
});

export const forgotPasswordSchema = z.object({ email: emailField });

export const currentPasswordField = z
  .string(message("validation.required"))
  .min(1, message("validation.required"))
  .max(200, message("validation.passwordTooLong"));

export const resetPasswordSchema = z.object({ password: newPasswordField });

export const changePasswordSchema = z.object({ currentPassword: currentPasswordField, newPassword: newPasswordField });

export const changeEmailSchema = z.object({ newEmail: emailField, currentPassword: currentPasswordField });
