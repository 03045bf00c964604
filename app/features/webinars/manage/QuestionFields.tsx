import { useTranslation } from "react-i18next";
import { valueOf, type RejectedForm } from "~/platform/forms/form-state";
import type { FieldMessage } from "~/platform/forms/parse-form";
import { CHOICE_ROWS } from "./parse-question-form";

function Input(props: { form: string; name: string; label: string; rejected?: RejectedForm; lang?: string; multiline?: boolean }) {
  const { t } = useTranslation();
  const id = `${props.form}-${props.name}`;
  const error: FieldMessage | undefined = props.rejected?.errors[props.name];
  const shared = {
    id,
    name: props.name,
    lang: props.lang,
    defaultValue: valueOf(props.rejected, props.name),
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? `${id}-error` : undefined,
  };
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label htmlFor={id}>{props.label}</label>
      {props.multiline ? <textarea rows={2} {...shared} /> : <input {...shared} />}
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {t(error.key, error.values)}
        </p>
      ) : null}
    </div>
  );
}

/** A single-choice question in both languages: prompt, choices with the right one marked, explanation. */
export function QuestionFields({ form, rejected }: { form: string; rejected?: RejectedForm }) {
  const { t } = useTranslation();
  const correct = valueOf(rejected, "correct");
  const correctError = rejected?.errors.correct;
  return (
    <>
      <div className="bilingual-pair">
        <Input form={form} name="promptZh" lang="zh-CN" label={t("webinarAdmin.question.promptZh")} rejected={rejected} multiline />
        <Input form={form} name="promptEn" lang="en" label={t("webinarAdmin.question.promptEn")} rejected={rejected} multiline />
      </div>
      <fieldset className={correctError ? "field field--invalid" : "field"} aria-describedby={correctError ? `${form}-correct-error` : undefined}>
        <legend>{t("webinarAdmin.question.choices")}</legend>
        {Array.from({ length: CHOICE_ROWS }, (_, row) => (
          <div className="choice-row" key={row}>
            <div className="choice">
              <input type="radio" id={`${form}-correct-${row}`} name="correct" value={String(row)} defaultChecked={correct === String(row)} />
              <label htmlFor={`${form}-correct-${row}`}>{t("webinarAdmin.question.correct", { number: row + 1 })}</label>
            </div>
            <div className="bilingual-pair">
              <Input form={form} name={`choiceZh-${row}`} lang="zh-CN" label={t("webinarAdmin.question.choiceZh", { number: row + 1 })} rejected={rejected} />
              <Input form={form} name={`choiceEn-${row}`} lang="en" label={t("webinarAdmin.question.choiceEn", { number: row + 1 })} rejected={rejected} />
            </div>
          </div>
        ))}
        {correctError ? (
          <p className="field__error" id={`${form}-correct-error`} role="alert">
            {t(correctError.key, correctError.values)}
          </p>
        ) : null}
      </fieldset>
      <div className="bilingual-pair">
        <Input form={form} name="explanationZh" lang="zh-CN" label={t("webinarAdmin.question.explanationZh")} rejected={rejected} multiline />
        <Input form={form} name="explanationEn" lang="en" label={t("webinarAdmin.question.explanationEn")} rejected={rejected} multiline />
      </div>
    </>
  );
}
