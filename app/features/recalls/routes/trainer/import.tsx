import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireTrainer } from "~/features/auth/guards.server";
import { FormAlert } from "~/platform/forms/Field";
import { readFormData } from "~/platform/forms/read-form.server";
import { getServerT } from "~/platform/i18n/i18next.server";
import { pageTitle, routeLanguage } from "~/platform/i18n/route-language.server";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { titleFromLoader } from "~/platform/shell/page-title";
import { importRecalls, MAX_RECALLS_PER_FILE, parseRecallFile, RecallFileError, type ImportReport } from "../../import-recalls.server";
import type { LinksFunction } from "@remix-run/node";
import { recallsStylesheet } from "../../recalls-stylesheet";

export const links: LinksFunction = () => [recallsStylesheet];

export const meta = titleFromLoader;

/** Below the server's 1 MB body limit, so the form can say what is wrong instead of the server refusing the upload. */
const MAX_FILE_BYTES = 900 * 1024;

type FileError = "fileRequired" | "fileTooLarge" | "notJson" | "notList" | "tooManyRecords";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const language = routeLanguage(params);
  await requireTrainer(request);
  const t = await getServerT(language);
  return { title: await pageTitle(language, t("bulletins.import.title")) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  routeLanguage(params);
  const user = await requireTrainer(request);
  const file = (await readFormData(request)).get("file");
  const refuse = (error: FileError) => data({ fileError: error, maxRecords: MAX_RECALLS_PER_FILE }, { status: 400 });
  if (!(file instanceof File) || file.size === 0) return refuse("fileRequired");
  if (file.size > MAX_FILE_BYTES) return refuse("fileTooLarge");
  try {
    const records = parseRecallFile(await file.text());
    return { report: await importRecalls(records, user.id, file.name || "upload.json") };
  } catch (error) {
    if (error instanceof RecallFileError) return refuse(error.problem);
    throw error;
  }
}

export default function ImportRecalls() {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const result = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const fileError = result && "fileError" in result ? result.fileError : null;
  const report = result && "report" in result ? result.report : null;
  return (
    <section>
      <p className="breadcrumbs">
        <Link to={`/${language}/trainer/bulletins`}>{t("bulletins.trainer.title")}</Link>
      </p>
      <h1>{t("bulletins.import.title")}</h1>
      <p className="lead">{t("bulletins.import.lead")}</p>
      <Form method="post" encType="multipart/form-data" className="stack narrow-form" noValidate>
        <div className={fileError ? "field field--invalid" : "field"}>
          <label htmlFor="file">{t("bulletins.import.file")}</label>
          <input id="file" name="file" type="file" accept="application/json,.json" aria-invalid={fileError ? true : undefined} aria-describedby={fileError ? "file-error" : undefined} />
          {fileError ? (
            <p className="field__error" id="file-error" role="alert">
              {t(`bulletins.import.${fileError}`, { max: result && "maxRecords" in result ? result.maxRecords : 0 })}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t("bulletins.import.submit")}
        </button>
      </Form>
      {report ? <ImportResult report={report} /> : null}
    </section>
  );
}

function ImportResult({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const language = usePageLanguage();
  return (
    <section className="import-report" data-testid="import-report" aria-live="polite">
      <FormAlert tone={report.rejectedCount ? "error" : "success"}>
        <ul className="plain-list">
          <li>{t("bulletins.import.created", { count: report.created.length })}</li>
          <li>{t("bulletins.import.unchanged", { count: report.unchanged.length })}</li>
          <li>{t("bulletins.import.rejected", { count: report.rejectedCount })}</li>
        </ul>
      </FormAlert>
      {report.rejectedCount ? (
        <>
          <h2>{t("bulletins.import.rejectedTitle")}</h2>
          {report.rejectedCount > report.rejected.length ? (
            <p data-testid="rejected-shown">{t("bulletins.import.rejectedShown", { shown: report.rejected.length, count: report.rejectedCount })}</p>
          ) : null}
          <ul data-testid="rejected-records">
            {report.rejected.map((record) => (
              <li key={record.index}>
                <strong>
                  {t("bulletins.import.record", { number: record.index + 1 })} ({record.recallNumber ?? t("bulletins.import.noNumber")})
                </strong>
                <ul>
                  {record.reasons.map((reason) => (
                    <li key={reason.field}>{t("bulletins.import.reason", { field: reason.field, problem: t(`bulletins.import.problems.${reason.problem}`) })}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {report.created.length ? (
        <p>
          <Link to={`/${language}/trainer/translations`} className="button button--secondary">
            {t("bulletins.import.next")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
