import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { readFormData } from "~/platform/forms/read-form.server";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { titleFromLoader } from "~/platform/shell/page-title";
import { parseLiveForm } from "../../live-form";
import { createLiveWebinar } from "../../live-webinars.server";
import { LiveForm } from "../../LiveForm";

export const meta = titleFromLoader;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("live.trainer.new")) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const formData = await readFormData(request);
  const parsed = parseLiveForm(formData, new Date());
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  const webinar = await createLiveWebinar(parsed.data, user);
  return redirect(`/${language}/trainer/live/${webinar.id}?saved=created`);
}

export default function NewLiveWebinar() {
  const { t } = useTranslation();
  const rejected = useActionData<typeof action>();
  return (
    <section>
      <h1>{t("live.trainer.new")}</h1>
      <p className="lead">{t("live.form.lead")}</p>
      <LiveForm rejected={rejected} submitLabel={t("live.form.create")} />
    </section>
  );
}
