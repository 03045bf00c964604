import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, TextField } from "~/platform/forms/Field";
import { parseForm } from "~/platform/forms/parse-form";
import { readFormData } from "~/platform/forms/read-form.server";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import { changePassword } from "../account-changes.server";
import { AccountPage } from "../AccountPage";
import { requireUser } from "../guards.server";
import { startLoginSession } from "../login-session.server";
import { refuseWrongPassword } from "../password-check.server";
import { changePasswordSchema } from "../schemas";
import type { LinksFunction } from "@remix-run/node";
import { authStylesheet } from "../auth-stylesheet";

export const links: LinksFunction = () => [authStylesheet];

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("auth.changePassword.title")), email: user.email };
}

/** Needs the current password; every session ends and this browser is signed in again with a new cookie. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const formData = await readFormData(request);
  const parsed = parseForm(formData, changePasswordSchema);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  const refused = await refuseWrongPassword(formData, { user, password: parsed.data.currentPassword, field: "currentPassword", clientIp: context.clientIp, language });
  if (refused) return refused;
  await changePassword(user.id, parsed.data.newPassword);
  return startLoginSession(request, user.id, `/${language}/account?notice=passwordChanged`);
}

export default function AccountPassword() {
  const { t } = useTranslation();
  const rejected = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <AccountPage title={t("auth.changePassword.title")}>
      <p className="lead">{t("auth.changePassword.lead")}</p>
      {rejected?.formError ? <FormAlert>{rejected.formError}</FormAlert> : rejected ? <FormAlert>{t("validation.formHasErrors")}</FormAlert> : null}
      <Form method="post" noValidate className="stack">
        <TextField name="currentPassword" type="password" label={t("auth.changePassword.current")} autoComplete="current-password" error={rejected?.errors.currentPassword} />
        <TextField
          name="newPassword"
          type="password"
          label={t("auth.changePassword.new")}
          hint={t("auth.fields.passwordHint")}
          autoComplete="new-password"
          error={rejected?.errors.newPassword}
        />
        <button type="submit" className="button" disabled={busy}>
          {t("auth.changePassword.submit")}
        </button>
      </Form>
    </AccountPage>
  );
}
