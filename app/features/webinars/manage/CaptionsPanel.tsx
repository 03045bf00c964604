import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LANGUAGES, type Language } from "~/platform/i18n/languages";
import type { CaptionProblem } from "./captions.server";

/** One form per language: upload an SRT or WebVTT file; a refused file is explained next to its field. */
export function CaptionsPanel(props: { present: Record<Language, string | null>; refused?: { language: Language; problem: CaptionProblem } }) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  return (
    <section aria-labelledby="captions-heading" className="stack">
      <h2 id="captions-heading">{t("webinarAdmin.captions.heading")}</h2>
      <p className="muted">{t("webinarAdmin.captions.lead")}</p>
      {LANGUAGES.map((language) => {
        const id = `captions-${language}`;
        const problem = props.refused?.language === language ? props.refused.problem : null;
        const described = [`${id}-state`, problem ? `${id}-error` : null].filter(Boolean).join(" ");
        return (
          <Form method="post" encType="multipart/form-data" className="stack" key={language}>
            <input type="hidden" name="intent" value="captions" />
            <input type="hidden" name="language" value={language} />
            <div className={problem ? "field field--invalid" : "field"}>
              <label htmlFor={id}>{t(`webinarAdmin.captions.file.${language}`)}</label>
              <input id={id} name="file" type="file" accept=".srt,.vtt,text/vtt,application/x-subrip" aria-invalid={problem ? true : undefined} aria-describedby={described} />
              <p className="field__hint" id={`${id}-state`}>
                {props.present[language] ? (
                  <a href={props.present[language]!}>{t("webinarAdmin.captions.current")}</a>
                ) : (
                  t("webinarAdmin.captions.none")
                )}
              </p>
              {problem ? (
                <p className="field__error" id={`${id}-error`} role="alert">
                  {t(`webinarAdmin.captions.problems.${problem.code}`, { line: problem.line ?? 0 })}
                </p>
              ) : null}
            </div>
            <p className="actions">
              <button type="submit" className="button button--secondary" disabled={busy}>
                {t(`webinarAdmin.captions.upload.${language}`)}
              </button>
            </p>
          </Form>
        );
      })}
    </section>
  );
}
