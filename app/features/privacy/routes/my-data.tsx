import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AccountPage } from "~/features/auth/AccountPage";
import { requireUser } from "~/features/auth/guards.server";
import { clearedLoginCookie } from "~/features/auth/login-session.server";
import { refuseWrongPassword } from "~/features/auth/password-check.server";
import { currentPasswordField } from "~/features/auth/schemas";
import { FormAlert, TextField } from "~/platform/forms/Field";
import { parseForm } from "~/platform/forms/parse-form";
import { readFormData } from "~/platform/forms/read-form.server";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { z } from "zod";
import { deleteAccount } from "../account-deletion.server";
import type { LinksFunction } from "@remix-run/node";
import { authStylesheet } from "~/features/auth/auth-stylesheet";

export const links: LinksFunction = () => [authStylesheet];

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireUser(request);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("privacy.myData.title")) };
}

const deleteSchema = z.object({ password: currentPasswordField });

/** Deleting the account needs the password; afterwards this browser is signed out and sees the privacy notice. */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireUser(request);
  const formData = await readFormData(request);
  const parsed = parseForm(formData, deleteSchema);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  const refused = await refuseWrongPassword(formData, { user, password: parsed.data.password, field: "password", clientIp: context.clientIp, language });
  if (refused) return refused;
  await deleteAccount(user.id);
  return redirect(`/${language}/privacy?notice=accountDeleted`, { headers: { "Set-Cookie": await clearedLoginCookie() } });
}

export default function MyData() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const rejected = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  return (
    <AccountPage title={t("privacy.myData.title")}>
      <h2>{t("privacy.myData.downloadTitle")}</h2>
      <p>{t("privacy.myData.downloadLead")}</p>
      <p>
        <a href={`/${language}/account/data.json`} className="button button--secondary" download>
          {t("privacy.myData.download")}
        </a>
      </p>
      <h2 id="delete-heading">{t("privacy.myData.deleteTitle")}</h2>
      <ul>
        <li>{t("privacy.myData.deleteErased")}</li>
        <li>{t("privacy.myData.deleteTrainings")}</li>
        <li>{t("privacy.myData.deleteCertificates")}</li>
        <li>{t("privacy.myData.deleteFinal")}</li>
      </ul>
      {rejected?.formError ? <FormAlert>{rejected.formError}</FormAlert> : rejected ? <FormAlert>{t("validation.formHasErrors")}</FormAlert> : null}
      <Form method="post" noValidate className="stack" aria-labelledby="delete-heading">
        <TextField name="password" type="password" label={t("privacy.myData.password")} autoComplete="current-password" error={rejected?.errors.password} />
        <button type="submit" className="button button--danger" disabled={busy}>
          {t("privacy.myData.delete")}
        </button>
      </Form>
    </AccountPage>
  );
}
