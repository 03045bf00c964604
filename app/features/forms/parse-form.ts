import type { z } from "zod";
import type { ValidationKey } from "./messages";

export type FieldMessage = { key: ValidationKey; values?: Record<string, string | number> };
export type FieldErrors = Record<string, FieldMessage>;

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors; values: Record<string, string | string[]> };

/** The submitted values, echoed back so nothing the user typed is lost. Passwords are never echoed. */
export function submittedValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.toLowerCase().includes("password")) continue;
    const all = formData.getAll(key).filter((value): value is string => typeof value === "string");
    values[key] = all.length > 1 ? all : (all[0] ?? "");
  }
  return values;
}

/** Validates a form against a zod schema whose messages are validation keys. */
export function parseForm<S extends z.ZodType>(formData: FormData, schema: S): FormResult<z.output<S>> {
  const raw: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key);
    raw[key] = all.length > 1 ? all : all[0];
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (errors[field]) continue;
    errors[field] = toFieldMessage(issue);
  }
  return { ok: false, errors, values: submittedValues(formData) };
}

function toFieldMessage(issue: z.core.$ZodIssue): FieldMessage {
  const key = (issue.message.startsWith("validation.") ? issue.message : "validation.required") as ValidationKey;
  if (issue.code === "too_big") return { key, values: { max: Number(issue.maximum) } };
  return { key };
}
