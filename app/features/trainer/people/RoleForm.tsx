import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ROLES } from "~/platform/access/roles";
import { SelectField } from "~/platform/forms/Field";
import { valueOf, type RejectedForm } from "~/platform/forms/form-state";

/** Admins change a person's role here; the server checks it again. */
export function RoleForm({ current, rejected }: { current: string; rejected?: RejectedForm }) {
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="role-heading">
      <h2 id="role-heading">{t("manage.role.title")}</h2>
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value="role" />
        <SelectField
          name="role"
          label={t("manage.people.columns.role")}
          hint={t("manage.role.hint")}
          defaultValue={valueOf(rejected, "role", current)}
          error={rejected?.errors.role}
          options={ROLES.map((role) => ({ value: role, label: t(`common.roles.${role}`) }))}
        />
        <button type="submit" className="button button--secondary">
          {t("manage.role.save")}
        </button>
      </Form>
    </section>
  );
}
