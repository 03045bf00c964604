import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CATEGORIES } from "~/platform/content/vocabulary";
import { FormAlert, SelectField, TextAreaField, TextField } from "~/platform/forms/Field";
import { valueOf, type RejectedForm } from "~/platform/forms/form-state";
import { SPEAKER_FIELDS, SPEAKER_ROWS } from "./parse-speakers-form";
import type { WebinarFormValues } from "./webinar-form-schema";

/** The bilingual details of a webinar and its speakers, for creating and editing; keeps what was typed after a refusal. */
export function WebinarForm(props: { defaults: Partial<Record<keyof WebinarFormValues, string>>; speakers?: Record<string, string>; rejected?: RejectedForm; submitLabel: string }) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const { rejected, defaults } = props;
  const errors = rejected?.errors ?? {};
  const value = (name: keyof WebinarFormValues) => valueOf(rejected, name, defaults[name] ?? "");
  const field = (name: keyof WebinarFormValues) => t(`webinarAdmin.form.fields.${name}`);
  return (
    <Form method="post" noValidate className="stack">
      <input type="hidden" name="intent" value="details" />
      {rejected ? <FormAlert>{rejected.formError ?? t("validation.formHasErrors")}</FormAlert> : null}
      <div className="bilingual-pair">
        <TextField name="titleZh" label={field("titleZh")} defaultValue={value("titleZh")} error={errors.titleZh} />
        <TextField name="titleEn" label={field("titleEn")} defaultValue={value("titleEn")} error={errors.titleEn} />
      </div>
      <div className="bilingual-pair">
        <TextAreaField name="descriptionZh" lang="zh-CN" label={field("descriptionZh")} defaultValue={value("descriptionZh")} error={errors.descriptionZh} />
        <TextAreaField name="descriptionEn" lang="en" label={field("descriptionEn")} defaultValue={value("descriptionEn")} error={errors.descriptionEn} />
      </div>
      <fieldset className="stack speakers" aria-describedby="speakers-hint">
        <legend>{t("webinarAdmin.form.speakers.legend")}</legend>
        <p className="muted" id="speakers-hint">
          {t("webinarAdmin.form.speakers.hint")}
        </p>
        {Array.from({ length: SPEAKER_ROWS }, (_, row) => (
          <fieldset key={row} className="speaker-row">
            <legend>{t("webinarAdmin.form.speakers.row", { number: row + 1 })}</legend>
            <div className="bilingual-pair">
              {SPEAKER_FIELDS.map((field) => {
                const name = `${field}-${row}`;
                return <TextField key={name} name={name} label={t(`webinarAdmin.form.speakers.${field}`)} defaultValue={valueOf(rejected, name, props.speakers?.[name] ?? "")} error={errors[name]} />;
              })}
            </div>
          </fieldset>
        ))}
      </fieldset>
      <SelectField
        name="category"
        label={field("category")}
        defaultValue={value("category")}
        error={errors.category}
        options={CATEGORIES.map((category) => ({ value: category, label: t(`courses.categories.${category}`) }))}
      />
      <TextField name="recordedOn" label={field("recordedOn")} hint={t("webinarAdmin.form.recordedOnHint")} defaultValue={value("recordedOn")} error={errors.recordedOn} />
      <button type="submit" className="button" disabled={busy}>
        {props.submitLabel}
      </button>
    </Form>
  );
}
