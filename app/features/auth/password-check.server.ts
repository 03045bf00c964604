import { throttledPasswordCheck } from "./login-throttle.server";
import { checkPassword } from "./user.server";

export type PasswordCheck = { status: "ok" } | { status: "wrong" } | { status: "refused"; retryAfterMinutes: number };

/**
 * Checks a signed-in person's current password (to change it, change the
 * address or delete the account). Counted like a login attempt, so a stolen
 * session cannot be used to guess the password faster than the login form.
 */
export async function checkCurrentPassword(user: { id: string; email: string }, password: string, clientIp: string): Promise<PasswordCheck> {
  const outcome = await throttledPasswordCheck(user.email, clientIp, () => checkPassword(user.id, password), (correct) => correct);
  if (outcome.refused) return { status: "refused", retryAfterMinutes: outcome.retryAfterMinutes };
  return { status: outcome.result ? "ok" : "wrong" };
}
