import { data } from "@remix-run/node";
import type { RejectedForm } from "~/platform/forms/form-state";
import { submittedValues, type FieldErrors } from "~/platform/forms/parse-form";

/** A 400 response that sends the form back with its errors and what was typed. */
export function rejectForm(formData: FormData, errors: FieldErrors, status = 400, formError?: string) {
  const body: RejectedForm = { errors, values: submittedValues(formData), ...(formError ? { formError } : {}) };
  return data(body, { status });
}
