import { readFormData } from "~/features/forms/read-form.server";
import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, TextField } from "~/features/forms/Field";
import { valueOf } from "~/features/forms/form-state";
import { parseForm } from "~/features/forms/parse-form";
import { rejectForm } from "~/features/forms/reject-form.server";
import { usePageLanguage } from "~/features/i18n/use-page-language";
import { getServerT } from "~/features/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/features/i18n/route-language.server";
import { titleFromLoader } from "~/features/shell/page-title";
import { getOptionalUser } from "../guards.server";
import { ProfileFields } from "../ProfileFields";
import { joinSchema } from "../schemas";
import { startUserSession } from "../session.server";
import { createUser } from "../user.server";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  if (await getOptionalUser(request)) throw redirect(`/${language}`);
  const t = await getServerT(language);
  return { language, title: await pageTitle(language, t("auth.join.title")), description: t("auth.join.lead") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const formData = await readFormData(request);
  const parsed = parseForm(formData, joinSchema);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  const user = await createUser(parsed.data);
  if (!user) return rejectForm(formData, { email: { key: "validation.emailTaken" } });
  return startUserSession(user.id, `/${language}`);
}

export default function Join() {
  const { t } = useTranslation();
  const rejected = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const language = usePageLanguage();
  return (
    <section className="narrow">
      <h1>{t("auth.join.title")}</h1>
      <p className="lead">{t("auth.join.lead")}</p>
      {rejected ? <FormAlert>{t("validation.formHasErrors")}</FormAlert> : null}
      <Form method="post" noValidate className="stack">
        <TextField
          name="email"
          type="email"
          label={t("auth.fields.email")}
          autoComplete="email"
          defaultValue={valueOf(rejected, "email")}
          error={rejected?.errors.email}
        />
        <TextField
          name="password"
          type="password"
          label={t("auth.fields.password")}
          hint={t("auth.fields.passwordHint")}
          autoComplete="new-password"
          error={rejected?.errors.password}
        />
        <ProfileFields rejected={rejected} stored={{ name: "", company: "", jobRole: "other", phone: "", preferredLanguage: language }} />
        <button type="submit" className="button" disabled={busy}>
          {t("auth.join.submit")}
        </button>
      </Form>
      <p>
        {t("auth.join.haveAccount")} <Link to={`/${language}/login`}>{t("common.account.login")}</Link>
      </p>
    </section>
  );
}
