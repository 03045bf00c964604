import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { JobRoleField } from "~/features/auth/ProfileFields";
import { CATEGORIES } from "~/platform/content/vocabulary";
import { FormAlert, TextField } from "~/platform/forms/Field";
import { valueOf, type RejectedForm } from "~/platform/forms/form-state";

type Defaults = { company: string; jobRole: string; phone: string };

export function RegistrationForm({ rejected, defaults, full }: { rejected?: RejectedForm; defaults: Defaults; full: boolean }) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const errors = rejected?.errors ?? {};
  const interests = rejected ? [rejected.values.interests ?? []].flat() : [];
  const consented = rejected?.values.consent === "yes";
  return (
    <Form method="post" noValidate className="stack registration-form">
      <input type="hidden" name="intent" value="register" />
      {rejected ? <FormAlert>{rejected.formError ?? t("validation.formHasErrors")}</FormAlert> : null}
      {full ? <p className="alert alert--info">{t("trainings.register.waitlistNote")}</p> : null}
      <TextField name="company" label={t("trainings.register.company")} autoComplete="organization" defaultValue={valueOf(rejected, "company", defaults.company)} error={errors.company} />
      <JobRoleField rejected={rejected} stored={defaults.jobRole} label={t("trainings.register.jobRole")} />
      <TextField
        name="phone"
        type="tel"
        label={t("trainings.register.phone")}
        hint={t("auth.fields.phoneHint")}
        autoComplete="tel"
        defaultValue={valueOf(rejected, "phone", defaults.phone)}
        error={errors.phone}
      />
      <fieldset className={errors.interests ? "field field--invalid" : "field"} aria-describedby={errors.interests ? "interests-error" : undefined}>
        <legend>{t("trainings.register.interests")}</legend>
        {CATEGORIES.map((category) => (
          <div className="choice" key={category}>
            <input type="checkbox" id={`interest-${category}`} name="interests" value={category} defaultChecked={interests.includes(category)} />
            <label htmlFor={`interest-${category}`}>{t(`courses.categories.${category}`)}</label>
          </div>
        ))}
        {errors.interests ? (
          <p className="field__error" id="interests-error">
            {t(errors.interests.key, errors.interests.values)}
          </p>
        ) : null}
      </fieldset>
      <div className={errors.needs ? "field field--invalid" : "field"}>
        <label htmlFor="needs">
          {t("trainings.register.needs")} <span className="field__optional">({t("common.optional")})</span>
        </label>
        <textarea id="needs" name="needs" rows={2} defaultValue={valueOf(rejected, "needs")} aria-describedby="needs-hint" />
        <p className="field__hint" id="needs-hint">
          {t("trainings.register.needsHint")}
        </p>
        {errors.needs ? <p className="field__error">{t(errors.needs.key, errors.needs.values)}</p> : null}
      </div>
      <div className={errors.consent ? "field field--invalid consent" : "field consent"}>
        <div className="choice">
          <input type="checkbox" id="consent" name="consent" value="yes" defaultChecked={consented} aria-describedby={errors.consent ? "consent-error" : undefined} />
          <label htmlFor="consent">{t("trainings.register.consent")}</label>
        </div>
        {errors.consent ? (
          <p className="field__error" id="consent-error">
            {t(errors.consent.key, errors.consent.values)}
          </p>
        ) : null}
      </div>
      <button type="submit" className="button" disabled={busy}>
        {full ? t("trainings.register.submitWaitlist") : t("trainings.register.submit")}
      </button>
    </Form>
  );
}
