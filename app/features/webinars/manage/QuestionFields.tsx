import { useState } from "react";
import { useTranslation } from "react-i18next";
import { valueOf, type RejectedForm } from "~/platform/forms/form-state";
import type { FieldMessage } from "~/platform/forms/parse-form";
import { CHOICE_ROWS, WRITTEN_QUESTION_TYPES, writtenQuestionType } from "./parse-question-form";

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

/** The rows marked right in a refused form (one value, several, or none). */
function markedRows(rejected: RejectedForm | undefined): Set<string> {
  const marked = rejected?.values.correct;
  return new Set(Array.isArray(marked) ? marked : marked ? [marked] : []);
}

/**
 * A question in both languages: its type (one right answer or several),
 * prompt, choices with the right one(s) marked, explanation. The marks are
 * radio buttons for one right answer and checkboxes for several.
 */
export function QuestionFields({ form, rejected }: { form: string; rejected?: RejectedForm }) {
  const { t } = useTranslation();
  const [type, setType] = useState(writtenQuestionType(valueOf(rejected, "type")));
  const correct = markedRows(rejected);
  const correctError = rejected?.errors.correct;
  return (
    <>
      <fieldset className="field question-type">
        <legend>{t("webinarAdmin.question.type")}</legend>
        {WRITTEN_QUESTION_TYPES.map((option) => (
          <div className="choice" key={option}>
            <input type="radio" id={`${form}-type-${option}`} name="type" value={option} checked={type === option} onChange={() => setType(option)} />
            <label htmlFor={`${form}-type-${option}`}>{t(`webinarAdmin.question.types.${option}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="bilingual-pair">
        <Input form={form} name="promptZh" lang="zh-CN" label={t("webinarAdmin.question.promptZh")} rejected={rejected} multiline />
        <Input form={form} name="promptEn" lang="en" label={t("webinarAdmin.question.promptEn")} rejected={rejected} multiline />
      </div>
      <fieldset className={correctError ? "field field--invalid" : "field"} aria-describedby={correctError ? `${form}-correct-error` : undefined}>
        <legend>{t(type === "multiple" ? "webinarAdmin.question.choicesMultiple" : "webinarAdmin.question.choices")}</legend>
        {Array.from({ length: CHOICE_ROWS }, (_, row) => (
          <div className="choice-row" key={row}>
            <div className="choice">
              <input type={type === "multiple" ? "checkbox" : "radio"} id={`${form}-correct-${row}`} name="correct" value={String(row)} defaultChecked={correct.has(String(row))} />
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
