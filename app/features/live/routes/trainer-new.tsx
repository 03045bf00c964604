import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { readFormData } from "~/features/forms/read-form.server";
import { rejectForm } from "~/features/forms/reject-form.server";
import { getServerT } from "~/features/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/features/i18n/route-language.server";
import { usePageLanguage } from "~/features/i18n/use-page-language";
import { titleFromLoader } from "~/features/shell/page-title";
import { TrainerNav } from "~/features/trainer/TrainerNav";
import { parseLiveForm } from "../live-form";
import { createLiveWebinar } from "../live-webinars.server";
import { LiveForm } from "../LiveForm";

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
  const language = usePageLanguage();
  const rejected = useActionData<typeof action>();
  return (
    <section>
      <TrainerNav language={language} />
      <h1>{t("live.trainer.new")}</h1>
      <p className="lead">{t("live.form.lead")}</p>
      <LiveForm rejected={rejected} submitLabel={t("live.form.create")} />
    </section>
  );
}
