import { useTranslation } from "react-i18next";
import { JobRoleField } from "~/features/auth/ProfileFields";
import { TextField } from "~/platform/forms/Field";
import { valueOf, type RejectedForm } from "~/platform/forms/form-state";

/** The fields of a walk-in registration (walk-in-schema.ts), on the roster and on the offline check-in page. */
export function WalkInFields({ rejected }: { rejected?: RejectedForm }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField name="name" label={t("auth.fields.name")} defaultValue={valueOf(rejected, "name")} error={rejected?.errors.name} />
      <TextField name="email" type="email" label={t("auth.fields.email")} optional defaultValue={valueOf(rejected, "email")} error={rejected?.errors.email} />
      <TextField name="company" label={t("auth.fields.company")} optional defaultValue={valueOf(rejected, "company")} error={rejected?.errors.company} />
      <TextField name="phone" type="tel" label={t("auth.fields.phone")} optional defaultValue={valueOf(rejected, "phone")} error={rejected?.errors.phone} />
      <JobRoleField rejected={rejected} stored="other" />
    </>
  );
}
