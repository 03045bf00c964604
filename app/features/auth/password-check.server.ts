import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import type { Language } from "~/platform/i18n/languages";
import { throttledPasswordCheck } from "./login-throttle.server";
import { checkPassword } from "./user.server";

/**
 * For forms that need the signed-in person's current password (change it,
 * change the address, delete the account): null when it is right, else the
 * form sent back with the error next to `field`, or with "wait" when this
 * client has guessed too often. Counted like a login attempt, so a stolen
 * session cannot be used to guess the password faster than the login form.
 */
export async function refuseWrongPassword(
  formData: FormData,
  input: { user: { id: string; email: string }; password: string; field: string; clientIp: string; language: Language },
) {
  const { user, password, field, clientIp, language } = input;
  const outcome = await throttledPasswordCheck(user.email, clientIp, () => checkPassword(user.id, password), (correct) => correct);
  if (!outcome.refused && outcome.result) return null;
  if (outcome.refused) {
    const t = await getServerT(language);
    return rejectForm(formData, {}, 429, t("auth.login.tooManyAttempts", { minutes: outcome.retryAfterMinutes }));
  }
  return rejectForm(formData, { [field]: { key: "validation.wrongPassword" } });
}
