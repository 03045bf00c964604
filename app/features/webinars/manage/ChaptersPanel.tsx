import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { FieldMessage } from "~/platform/forms/parse-form";
import { valueOf, type RejectedForm } from "~/platform/forms/form-state";
import { clockTime, type Chapter } from "../chapters";
import { EMPTY_CHAPTER_ROWS } from "./parse-chapters-form";

function RowField(props: { name: string; label: string; value: string; error?: FieldMessage; lang?: string }) {
  const { t } = useTranslation();
  const { name, error } = props;
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label htmlFor={name}>{props.label}</label>
      <input id={name} name={name} lang={props.lang} defaultValue={props.value} aria-invalid={error ? true : undefined} aria-describedby={error ? `${name}-error` : undefined} />
      {error ? (
        <p className="field__error" id={`${name}-error`} role="alert">
          {t(error.key, error.values)}
        </p>
      ) : null}
    </div>
  );
}

/** The chapters of an uploaded webinar: one row per chapter (start, Chinese and English title) and a few empty rows to add more. */
export function ChaptersPanel(props: { chapters: Chapter[]; rejected?: RejectedForm }) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const { rejected } = props;
  const rows = Array.from({ length: props.chapters.length + EMPTY_CHAPTER_ROWS }, (_, row) => props.chapters[row]);
  return (
    <section aria-labelledby="chapters-heading" className="stack">
      <h2 id="chapters-heading">{t("webinarAdmin.chapters.heading")}</h2>
      <p className="muted">{t("webinarAdmin.chapters.lead")}</p>
      {/* Keyed by the saved chapters: after saving, the rows show them in their new order, not what was typed. */}
      <Form method="post" className="stack" noValidate key={JSON.stringify(props.chapters)}>
        <input type="hidden" name="intent" value="chapters" />
        {rows.map((chapter, row) => (
          <fieldset key={row} className="chapter-row">
            <legend>{t("webinarAdmin.chapters.row", { number: row + 1 })}</legend>
            <RowField name={`chapterAt-${row}`} label={t("webinarAdmin.chapters.at")} value={valueOf(rejected, `chapterAt-${row}`, chapter ? clockTime(chapter.at) : "")} error={rejected?.errors[`chapterAt-${row}`]} />
            <RowField name={`chapterZh-${row}`} lang="zh-CN" label={t("webinarAdmin.chapters.titleZh")} value={valueOf(rejected, `chapterZh-${row}`, chapter?.title.zh ?? "")} error={rejected?.errors[`chapterZh-${row}`]} />
            <RowField name={`chapterEn-${row}`} lang="en" label={t("webinarAdmin.chapters.titleEn")} value={valueOf(rejected, `chapterEn-${row}`, chapter?.title.en ?? "")} error={rejected?.errors[`chapterEn-${row}`]} />
          </fieldset>
        ))}
        <p className="actions">
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t("webinarAdmin.chapters.save")}
          </button>
        </p>
      </Form>
    </section>
  );
}
