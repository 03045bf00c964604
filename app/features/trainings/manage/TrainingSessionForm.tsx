import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CATEGORIES } from "~/platform/content/vocabulary";
import { FormAlert, SelectField, TextAreaField, TextField } from "~/platform/forms/Field";
import type { RejectedForm } from "~/platform/forms/form-state";
import { LANGUAGES } from "~/platform/i18n/languages";
import type { Translation } from "~/locales";
import type { TrainingSessionFormDefaults } from "./session-form-defaults";

const BILINGUAL_TEXT = ["title", "city", "venue", "address"] as const;
const TIMES = ["startsAt", "endsAt", "registrationDeadline"] as const;

/** The bilingual session form, for creating and editing; shows what was typed after a refusal. */
export function TrainingSessionForm(props: {
  defaults: TrainingSessionFormDefaults;
  rejected?: RejectedForm;
  timeZones: { value: string; label: string }[];
  submitLabel: string;
}) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const { rejected, defaults } = props;
  const errors = rejected?.errors ?? {};
  const value = (name: string): string => {
    const current = rejected ? rejected.values[name] : defaults[name];
    return typeof current === "string" ? current : "";
  };
  const languages = [rejected ? (rejected.values.languages ?? []) : (defaults.languages ?? [])].flat();
  const field = (name: keyof Translation["manage"]["sessionForm"]["fields"]) => t(`manage.sessionForm.fields.${name}`);
  return (
    <Form method="post" noValidate className="stack session-form">
      <input type="hidden" name="intent" value="save" />
      {rejected ? <FormAlert>{rejected.formError ?? t("validation.formHasErrors")}</FormAlert> : null}
      {BILINGUAL_TEXT.map((base) => (
        <div className="bilingual-pair" key={base}>
          <TextField name={`${base}Zh`} label={field(`${base}Zh`)} defaultValue={value(`${base}Zh`)} error={errors[`${base}Zh`]} />
          <TextField name={`${base}En`} label={field(`${base}En`)} defaultValue={value(`${base}En`)} error={errors[`${base}En`]} />
        </div>
      ))}
      <div className="bilingual-pair">
        <TextAreaField name="descriptionZh" label={field("descriptionZh")} defaultValue={value("descriptionZh")} error={errors.descriptionZh} />
        <TextAreaField name="descriptionEn" label={field("descriptionEn")} defaultValue={value("descriptionEn")} error={errors.descriptionEn} />
      </div>
      <SelectField
        name="category"
        label={field("category")}
        defaultValue={value("category")}
        error={errors.category}
        options={CATEGORIES.map((category) => ({ value: category, label: t(`courses.categories.${category}`) }))}
      />
      <SelectField name="timeZone" label={field("timeZone")} hint={t("manage.sessionForm.timeZoneHint")} defaultValue={value("timeZone")} error={errors.timeZone} options={props.timeZones} />
      <div className="time-fields">
        {TIMES.map((name) => (
          <TextField key={name} name={name} type="datetime-local" label={field(name)} defaultValue={value(name)} error={errors[name]} />
        ))}
      </div>
      <TextField name="capacity" type="number" inputMode="numeric" label={field("capacity")} defaultValue={value("capacity")} error={errors.capacity} />
      <fieldset className={errors.languages ? "field field--invalid" : "field"} aria-describedby={errors.languages ? "languages-error" : undefined}>
        <legend>{field("languages")}</legend>
        {LANGUAGES.map((language) => (
          <div className="choice" key={language}>
            <input type="checkbox" id={`language-${language}`} name="languages" value={language} defaultChecked={languages.includes(language)} />
            <label htmlFor={`language-${language}`}>{t(`trainings.languageNames.${language}`)}</label>
          </div>
        ))}
        {errors.languages ? (
          <p className="field__error" id="languages-error">
            {t(errors.languages.key, errors.languages.values)}
          </p>
        ) : null}
      </fieldset>
      <TextField name="organizers" label={field("organizers")} hint={t("manage.sessionForm.organizersHint")} defaultValue={value("organizers")} error={errors.organizers} />
      <button type="submit" className="button" disabled={busy}>
        {props.submitLabel}
      </button>
    </Form>
  );
}
