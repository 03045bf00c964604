import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CATEGORIES } from "~/platform/content/vocabulary";
import { FormAlert, SelectField, TextAreaField, TextField } from "~/platform/forms/Field";
import type { RejectedForm } from "~/platform/forms/form-state";
import type { Translation } from "~/locales";

/** Values for a blank form: open to registrants only, no limit, a certificate of attendance for half the broadcast. */
export const NEW_LIVE_DEFAULTS: Record<string, string> = { category: "general", registrationRequired: "on", capacity: "", attendanceShare: "50" };

/** The bilingual live-webinar form; shows what was typed after a refusal. */
export function LiveForm({ rejected, submitLabel }: { rejected?: RejectedForm; submitLabel: string }) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const errors = rejected?.errors ?? {};
  const value = (name: string): string => {
    const current = rejected ? rejected.values[name] : NEW_LIVE_DEFAULTS[name];
    return typeof current === "string" ? current : "";
  };
  const field = (name: keyof Translation["live"]["form"]["fields"]) => t(`live.form.fields.${name}`);
  return (
    <Form method="post" noValidate className="stack session-form">
      {rejected ? <FormAlert>{rejected.formError ?? t("validation.formHasErrors")}</FormAlert> : null}
      <div className="bilingual-pair">
        <TextField name="titleZh" label={field("titleZh")} defaultValue={value("titleZh")} error={errors.titleZh} />
        <TextField name="titleEn" label={field("titleEn")} defaultValue={value("titleEn")} error={errors.titleEn} />
      </div>
      <div className="bilingual-pair">
        <TextAreaField name="descriptionZh" label={field("descriptionZh")} defaultValue={value("descriptionZh")} error={errors.descriptionZh} />
        <TextAreaField name="descriptionEn" label={field("descriptionEn")} defaultValue={value("descriptionEn")} error={errors.descriptionEn} />
      </div>
      <TextAreaField name="speakers" rows={3} label={field("speakers")} hint={t("live.form.speakersHint")} defaultValue={value("speakers")} error={errors.speakers} />
      <SelectField
        name="category"
        label={field("category")}
        defaultValue={value("category")}
        error={errors.category}
        options={CATEGORIES.map((category) => ({ value: category, label: t(`courses.categories.${category}`) }))}
      />
      <p className="muted">{t("live.form.timesHint")}</p>
      <div className="time-fields">
        <TextField name="startsAt" type="datetime-local" label={field("startsAt")} defaultValue={value("startsAt")} error={errors.startsAt} />
        <TextField name="endsAt" type="datetime-local" label={field("endsAt")} defaultValue={value("endsAt")} error={errors.endsAt} />
      </div>
      <div className="choice">
        <input type="checkbox" id="registrationRequired" name="registrationRequired" defaultChecked={value("registrationRequired") === "on"} />
        <label htmlFor="registrationRequired">{field("registrationRequired")}</label>
      </div>
      <TextField name="capacity" type="number" inputMode="numeric" label={field("capacity")} hint={t("live.form.capacityHint")} defaultValue={value("capacity")} error={errors.capacity} />
      <TextField
        name="attendanceShare"
        type="number"
        inputMode="numeric"
        label={field("attendanceShare")}
        hint={t("live.form.attendanceShareHint")}
        defaultValue={value("attendanceShare")}
        error={errors.attendanceShare}
      />
      <button type="submit" className="button" disabled={busy}>
        {submitLabel}
      </button>
    </Form>
  );
}
