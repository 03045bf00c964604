import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "~/platform/forms/Field";
import { valueOf, type RejectedForm } from "~/platform/forms/form-state";
import { LANGUAGES } from "~/platform/i18n/languages";
import { JOB_ROLES } from "~/platform/access/roles";

type Stored = { name: string; company: string; jobRole: string; phone: string; preferredLanguage: string };

/** Name, company, job role, phone and language: shared by sign-up and the profile page. */
export function ProfileFields({ rejected, stored }: { rejected?: RejectedForm; stored: Stored }) {
  const { t } = useTranslation();
  const errors = rejected?.errors ?? {};
  return (
    <>
      <TextField
        name="name"
        label={t("auth.fields.name")}
        hint={t("auth.fields.nameHint")}
        autoComplete="name"
        defaultValue={valueOf(rejected, "name", stored.name)}
        error={errors.name}
      />
      <TextField
        name="company"
        label={t("auth.fields.company")}
        autoComplete="organization"
        optional
        defaultValue={valueOf(rejected, "company", stored.company)}
        error={errors.company}
      />
      <JobRoleField rejected={rejected} stored={stored.jobRole} />
      <TextField
        name="phone"
        type="tel"
        label={t("auth.fields.phone")}
        hint={t("auth.fields.phoneHint")}
        autoComplete="tel"
        optional
        defaultValue={valueOf(rejected, "phone", stored.phone)}
        error={errors.phone}
      />
      <SelectField
        name="preferredLanguage"
        label={t("auth.fields.preferredLanguage")}
        options={LANGUAGES.map((language) => ({ value: language, label: t(`common.language.${language}`) }))}
        defaultValue={valueOf(rejected, "preferredLanguage", stored.preferredLanguage)}
        error={errors.preferredLanguage}
      />
    </>
  );
}

/** The job-role select used wherever a person's role is asked for. */
export function JobRoleField({ rejected, stored, label }: { rejected?: RejectedForm; stored: string; label?: string }) {
  const { t } = useTranslation();
  return (
    <SelectField
      name="jobRole"
      label={label ?? t("auth.fields.jobRole")}
      options={JOB_ROLES.map((role) => ({ value: role, label: t(`common.jobRoles.${role}`) }))}
      defaultValue={valueOf(rejected, "jobRole", stored)}
      error={rejected?.errors.jobRole}
    />
  );
}
