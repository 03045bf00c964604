import type { FieldErrors } from "~/platform/forms/parse-form";
import { formText, requiredFormText } from "./form-text";

/** Speaker rows the webinar form shows; empty ones are left out. */
export const SPEAKER_ROWS = 3;

export type Speaker = { name: { zh: string; en: string }; organization: { zh: string; en: string } };

export const SPEAKER_FIELDS = ["speakerNameZh", "speakerNameEn", "speakerOrgZh", "speakerOrgEn"] as const;

/**
 * Reads the speakers of the webinar form (name and organization or role, in
 * both languages; the shape the webinars/ files use). A row left empty is no
 * speaker; a row partly filled needs all four fields. Errors are keyed by field name.
 */
export function parseSpeakersForm(formData: FormData): { ok: true; speakers: Speaker[] } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const speakers: Speaker[] = [];
  for (let row = 0; row < SPEAKER_ROWS; row += 1) {
    if (SPEAKER_FIELDS.every((field) => !formText(formData, `${field}-${row}`))) continue;
    const [nameZh, nameEn, orgZh, orgEn] = SPEAKER_FIELDS.map((field) => requiredFormText(formData, errors, `${field}-${row}`, 120));
    speakers.push({ name: { zh: nameZh!, en: nameEn! }, organization: { zh: orgZh!, en: orgEn! } });
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, speakers };
}

/** The speakers as the form's fields, for editing. */
export function speakerFormValues(speakers: Speaker[]): Record<string, string> {
  const values: Record<string, string> = {};
  speakers.forEach((speaker, row) => {
    values[`speakerNameZh-${row}`] = speaker.name.zh;
    values[`speakerNameEn-${row}`] = speaker.name.en;
    values[`speakerOrgZh-${row}`] = speaker.organization.zh;
    values[`speakerOrgEn-${row}`] = speaker.organization.en;
  });
  return values;
}
