import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "~/platform/forms/Field";
import type { ShownQuestion } from "./localize";

type Props = {
  questions: ShownQuestion[];
  attemptNumber: number;
  /** What the action sent back when it refused the previous submission. */
  rejected?: { error: string; unanswered: string[]; selected: Record<string, string[]> };
};

/** The questions of one attempt; server-graded, so no answer key is in the page. */
export function QuizForm({ questions, attemptNumber, rejected }: Props) {
  const { error, unanswered = [], selected = {} } = rejected ?? {};
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  return (
    <Form method="post" noValidate className="quiz" key={attemptNumber}>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <input type="hidden" name="attempt" value={attemptNumber} />
      <ol className="quiz__questions">
        {questions.map((question, index) => {
          const missing = unanswered.includes(question.id);
          const errorId = `${question.id}-error`;
          return (
            <li key={question.id} className={missing ? "question question--invalid" : "question"}>
              <fieldset aria-describedby={missing ? errorId : undefined} data-testid={`question-${question.id}`}>
                <legend>
                  <span className="question__number">{t("courses.quiz.questionNumber", { number: index + 1 })}</span>
                  {question.prompt}
                </legend>
                {question.type === "multiple" ? <p className="field__hint">{t("courses.quiz.selectAll")}</p> : null}
                {question.choices.map((choice) => {
                  const id = `${question.id}-${choice.id}`;
                  return (
                    <div className="choice" key={choice.id}>
                      <input
                        type={question.type === "multiple" ? "checkbox" : "radio"}
                        id={id}
                        name={`q.${question.id}`}
                        value={choice.id}
                        defaultChecked={selected[question.id]?.includes(choice.id)}
                      />
                      <label htmlFor={id}>{choice.text}</label>
                    </div>
                  );
                })}
                {missing ? (
                  <p className="field__error" id={errorId}>
                    {t("courses.quiz.answerThis")}
                  </p>
                ) : null}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="submit" className="button" disabled={busy}>
        {t("courses.quiz.submit")}
      </button>
    </Form>
  );
}
