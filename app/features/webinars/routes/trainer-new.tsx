import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { parseForm } from "~/features/forms/parse-form";
import { readFormData } from "~/features/forms/read-form.server";
import { rejectForm } from "~/features/forms/reject-form.server";
import { getServerT } from "~/features/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/features/i18n/route-language.server";
import { usePageLanguage } from "~/features/i18n/use-page-language";
import { titleFromLoader } from "~/features/shell/page-title";
import { TrainerNav } from "~/features/trainer/TrainerNav";
import { createWebinar } from "../admin/webinar-admin.server";
import { webinarFormSchema } from "../admin/webinar-form-schema";
import { WebinarForm } from "../admin/WebinarForm";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("webinarAdmin.form.newTitle")) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const actor = await requireTrainer(request);
  const formData = await readFormData(request);
  const parsed = parseForm(formData, webinarFormSchema);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  const webinar = await createWebinar(parsed.data, actor);
  return redirect(`/${language}/trainer/webinars/${webinar.id}?saved=created`);
}

export default function NewWebinar() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const rejected = useActionData<typeof action>();
  return (
    <section>
      <TrainerNav language={language} />
      <h1>{t("webinarAdmin.form.newTitle")}</h1>
      <p className="lead">{t("webinarAdmin.form.newLead")}</p>
      <WebinarForm defaults={{ category: "general" }} rejected={rejected} submitLabel={t("webinarAdmin.form.create")} />
    </section>
  );
}
