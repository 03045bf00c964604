import type { FieldErrors } from "./parse-form";

/** What an action returns when a form is rejected: field errors plus what the user typed. */
export type RejectedForm = {
  errors: FieldErrors;
  values: Record<string, string | string[]>;
  formError?: string;
};

/** The value to show in a field: what the user last submitted, else the stored value. */
export function valueOf(rejected: RejectedForm | undefined, name: string, fallback = ""): string {
  const value = rejected?.values[name];
  return typeof value === "string" ? value : fallback;
}

/** Whether an action's answer holds a rejected form, on its own or inside the parts of a page with several forms. */
export function holdsRejectedForm(answer: unknown, depth = 3): boolean {
  if (typeof answer !== "object" || answer === null || depth === 0) return false;
  if ("errors" in answer && "values" in answer) return true;
  return Object.values(answer).some((part) => holdsRejectedForm(part, depth - 1));
}
