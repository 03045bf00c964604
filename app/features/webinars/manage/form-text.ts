import type { FieldErrors } from "~/platform/forms/parse-form";
import { isFreeOfHiddenCharacters } from "~/platform/text/hidden-characters";

/** A field of a form, trimmed ("" when absent). */
export function formText(formData: FormData, name: string): string {
  return String(formData.get(name) ?? "").trim();
}

/** A text field that must be filled: returns it, and records its error by name when it is empty, too long or hides characters. */
export function requiredFormText(formData: FormData, errors: FieldErrors, name: string, max: number): string {
  const value = formText(formData, name);
  if (!value) errors[name] = { key: "validation.required" };
  else if (value.length > max) errors[name] = { key: "validation.tooLong", values: { max } };
  else if (!isFreeOfHiddenCharacters(value)) errors[name] = { key: "validation.hiddenCharacters" };
  return value;
}
