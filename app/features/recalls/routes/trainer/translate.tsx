import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { FormAlert, TextAreaField } from "~/platform/forms/Field";
import { valueOf, type RejectedForm } from "~/platform/forms/form-state";
import { parseForm } from "~/platform/forms/parse-form";
import { readFormData } from "~/platform/forms/read-form.server";
import { rejectForm } from "~/platform/forms/reject-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { htmlLang, isLanguage, otherLanguage, type Language } from "~/platform/i18n/languages";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { StatusBadge } from "../../StatusBadge";
import { translationSchema } from "../../translation-schema";
import { findRecall, saveTranslation } from "../../translations.server";
import { statusField } from "../../vocabulary";
import type { LinksFunction } from "@remix-run/node";
import { recallsStylesheet } from "../../recalls-stylesheet";

export const links: LinksFunction = () => [recallsStylesheet];

export const meta = titleFromLoader;

type Recall = Awaited<ReturnType<typeof findRecall>>;

function textIn(recall: Recall, language: Language) {
  return language === "zh"
    ? { name: recall.nameZh, hazard: recall.hazardZh, remedy: recall.remedyZh, status: recall.zhStatus }
    : { name: recall.nameEn, hazard: recall.hazardEn, remedy: recall.remedyEn, status: recall.enStatus };
}

/** The language being edited: ?language=…, else the first not yet published (Chinese first). */
function targetLanguage(url: URL, recall: Recall): Language {
  const asked = url.searchParams.get("language");
  if (isLanguage(asked)) return asked;
  return recall[statusField("zh")] !== "published" || recall[statusField("en")] === "published" ? "zh" : "en";
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const recall = await findRecall(params.id);
  const t = await getServerT(language);
  const target = targetLanguage(new URL(request.url), recall);
  return {
    title: await pageTitle(language, t("bulletins.translate.title", { number: recall.recallNumber })),
    recall: { id: recall.id, recallNumber: recall.recallNumber, month: recall.month, sample: recall.sample, madeInChina: recall.madeInChina },
    target,
    text: textIn(recall, target),
    source: { language: otherLanguage(target), ...textIn(recall, otherLanguage(target)) },
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const language = routeLanguage(params);
  const user = await requireTrainer(request);
  const recall = await findRecall(params.id);
  const formData = await readFormData(request);
  const parsed = parseForm(formData, translationSchema);
  if (!parsed.ok) return rejectForm(formData, parsed.errors);
  const { language: target, intent, ...text } = parsed.data;
  await saveTranslation(recall.id, target, text, intent === "publish", user.id);
  const t = await getServerT(language);
  const languageName = t(`common.language.${target}`);
  return { notice: t(intent === "publish" ? "bulletins.translate.published" : "bulletins.translate.draftSaved", { language: languageName }) };
}

export default function Translate() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const { recall, target, text, source } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const rejected: RejectedForm | undefined = result && "errors" in result ? result : undefined;
  const busy = useNavigation().state === "submitting";
  const base = `/${language}/trainer/translations/${recall.id}`;
  return (
    <section>
      <p className="breadcrumbs">
        <Link to={`/${language}/trainer/translations`}>{t("bulletins.translate.back")}</Link>
        {recall.madeInChina ? (
          <>
            {" · "}
            <Link to={`/${language}/bulletins/${recall.month}`}>{t("bulletins.translate.bulletin")}</Link>
          </>
        ) : null}
      </p>
      <h1>
        {t("bulletins.translate.title", { number: recall.recallNumber })}
        {recall.sample ? <span className="badge badge--sample">{t("bulletins.sample.badge")}</span> : null}
      </h1>
      <p className="lead">{t("bulletins.translate.lead")}</p>
      <p className="view-toggle translate-tabs" role="group">
        {(["zh", "en"] as const).map((option) =>
          option === target ? (
            <strong key={option} aria-current="true">
              {t(`bulletins.translate.${option}`)}
            </strong>
          ) : (
            <Link key={option} to={`${base}?language=${option}`}>
              {t(`bulletins.translate.${option}`)}
            </Link>
          ),
        )}
      </p>
      {rejected ? <FormAlert>{t("validation.formHasErrors")}</FormAlert> : null}
      {result && "notice" in result ? <FormAlert tone="success">{result.notice}</FormAlert> : null}
      <div className="translate">
        <section className="card translate__source" aria-labelledby="source-heading">
          <h2 id="source-heading">
            {t("bulletins.translate.source")} · {t(`common.language.${source.language}`)} <StatusBadge status={source.status} />
          </h2>
          <dl lang={htmlLang(source.language)} data-testid="source-text">
            <dt>{t("bulletins.translate.name")}</dt>
            <dd>{source.name}</dd>
            <dt>{t("bulletins.translate.hazard")}</dt>
            <dd>{source.hazard}</dd>
            <dt>{t("bulletins.translate.remedy")}</dt>
            <dd>{source.remedy}</dd>
          </dl>
        </section>
        <Form method="post" action={`${base}?language=${target}`} className="card stack" noValidate key={target}>
          <h2>
            {t(`bulletins.translate.${target}`)} <StatusBadge status={text.status} />
          </h2>
          <input type="hidden" name="language" value={target} />
          <TextAreaField name="name" rows={2} lang={htmlLang(target)} label={t("bulletins.translate.name")} defaultValue={valueOf(rejected, "name", text.name)} error={rejected?.errors.name} />
          <TextAreaField name="hazard" rows={4} lang={htmlLang(target)} label={t("bulletins.translate.hazard")} defaultValue={valueOf(rejected, "hazard", text.hazard)} error={rejected?.errors.hazard} />
          <TextAreaField name="remedy" rows={2} lang={htmlLang(target)} label={t("bulletins.translate.remedy")} defaultValue={valueOf(rejected, "remedy", text.remedy)} error={rejected?.errors.remedy} />
          <p className="actions">
            <button type="submit" name="intent" value="publish" className="button" disabled={busy}>
              {t("bulletins.translate.publish")}
            </button>
            <button type="submit" name="intent" value="draft" className="button button--secondary" disabled={busy}>
              {t("bulletins.translate.saveDraft")}
            </button>
          </p>
        </Form>
      </div>
    </section>
  );
}
