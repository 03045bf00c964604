import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CATEGORIES } from "~/platform/content/vocabulary";
import { FormAlert, SelectField, TextAreaField, TextField } from "~/platform/forms/Field";
import { valueOf, type RejectedForm } from "~/platform/forms/form-state";
import type { WebinarFormValues } from "./webinar-form-schema";

/** The bilingual details of a webinar, for creating and editing; keeps what was typed after a refusal. */
export function WebinarForm(props: { defaults: Partial<Record<keyof WebinarFormValues, string>>; rejected?: RejectedForm; submitLabel: string }) {
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
