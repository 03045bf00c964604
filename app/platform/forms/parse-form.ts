import type { z } from "zod";
import type { ValidationKey } from "./messages";

export type FieldMessage = { key: ValidationKey; values?: Record<string, string | number> };
export type FieldErrors = Record<string, FieldMessage>;

export type FormResult<T> =
  | { ok: true; data: T }
  | { ok: false; errors: FieldErrors; values: Record<string, string | string[]> };

/**
 * The form's entries grouped by name, in one pass. (FormData's `getAll`
 * scans every entry, so calling it once per name costs the number of names
 * times the number of entries: minutes for a form with 100,000 names.)
 */
export function formEntries(formData: FormData): Map<string, FormDataEntryValue[]> {
  const entries = new Map<string, FormDataEntryValue[]>();
  for (const [name, value] of formData) {
    const values = entries.get(name);
    if (values) values.push(value);
    else entries.set(name, [value]);
  }
  return entries;
}

/** The submitted values, echoed back so nothing the user typed is lost. Passwords are never echoed. */
export function submittedValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [name, all] of formEntries(formData)) {
    if (name.toLowerCase().includes("password")) continue;
    const texts = all.filter((value): value is string => typeof value === "string");
    values[name] = texts.length > 1 ? texts : (texts[0] ?? "");
  }
  return values;
}

/** Validates a form against a zod schema whose messages are validation keys. */
export function parseForm<S extends z.ZodType>(formData: FormData, schema: S): FormResult<z.output<S>> {
  const raw: Record<string, unknown> = {};
  for (const [name, all] of formEntries(formData)) raw[name] = all.length > 1 ? all : all[0];
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
