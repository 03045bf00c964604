import { useFetcher } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { ShownQuestion } from "~/features/quiz/localize";
import { usePageLanguage } from "~/platform/i18n/use-page-language";

export type CheckpointView = { question: ShownQuestion };
type Result = { ok: true; questionId: string; correct: boolean; explanation: string; rightChoiceIds: string[] } | { ok: false };

/** A question that pauses the video; answered on the server, explained, then the video goes on. */
export function CheckpointDialog({ checkpoint, slug, onDone }: { checkpoint: CheckpointView; slug: string; onDone: (questionId: string) => void }) {
  const { t } = useTranslation();
  const language = usePageLanguage();
  const fetcher = useFetcher<Result>();
  const result = fetcher.data;
  const { question } = checkpoint;
  return (
    <div className="checkpoint" role="dialog" aria-modal="false" aria-labelledby="checkpoint-title" data-testid="checkpoint">
      <h2 id="checkpoint-title">{t("webinars.player.checkpointTitle")}</h2>
      <fetcher.Form method="post" action={`/${language}/webinars/${slug}`}>
        <input type="hidden" name="questionId" value={question.id} />
        <fieldset disabled={Boolean(result?.ok)}>
          <legend>{question.prompt}</legend>
          {question.type === "multiple" ? <p className="field__hint">{t("courses.quiz.selectAll")}</p> : null}
          {question.choices.map((choice) => {
            const right = result?.ok && result.rightChoiceIds.includes(choice.id);
            return (
              <div className={right ? "choice choice--right" : "choice"} key={choice.id}>
                <input type={question.type === "multiple" ? "checkbox" : "radio"} id={`cp-${choice.id}`} name={`q.${question.id}`} value={choice.id} />
                <label htmlFor={`cp-${choice.id}`}>{choice.text}</label>
              </div>
            );
          })}
        </fieldset>
        {result?.ok ? null : (
          <button type="submit" className="button">
            {t("webinars.player.checkpointSubmit")}
          </button>
        )}
        {result && !result.ok ? <p className="field__error">{t("webinars.player.checkpointChoose")}</p> : null}
      </fetcher.Form>
      {result?.ok ? (
        <div className="checkpoint__result">
          <p className={result.correct ? "verdict verdict--right" : "verdict verdict--wrong"}>
            {result.correct ? t("webinars.player.checkpointRight") : t("webinars.player.checkpointWrong")}
          </p>
          <p className="explanation">{result.explanation}</p>
          <button type="button" className="button" onClick={() => onDone(result.questionId)}>
            {t("webinars.player.continue")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
