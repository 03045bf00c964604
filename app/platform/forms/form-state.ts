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
