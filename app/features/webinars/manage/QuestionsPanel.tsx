import { Form, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { valueOf, type RejectedForm } from "~/platform/forms/form-state";
import { clockTime } from "../chapters";
import { FramePreviewField, type FramePreviewSource } from "./FramePreviewField";
import { QuestionFields } from "./QuestionFields";

type Listed = { id: string; prompt: string; at?: number };

function RemoveButton({ intent, id, label }: { intent: string; id: string; label: string }) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="questionId" value={id} />
      <button type="submit" className="button button--secondary">
        {label}
      </button>
    </Form>
  );
}

/**
 * Checkpoints (a question that stops the video at its time) and the final
 * quiz of an uploaded webinar: each listed with a remove button, and a form
 * to add one. Questions are the quiz engine's, graded on the server.
 */
export function QuestionsPanel(props: { checkpoints: Listed[]; quiz: Listed[]; preview: FramePreviewSource; rejected?: { form: "checkpoint" | "quiz"; answer: RejectedForm } }) {
  const { t } = useTranslation();
  const busy = useNavigation().state === "submitting";
  const rejectedFor = (form: "checkpoint" | "quiz") => (props.rejected?.form === form ? props.rejected.answer : undefined);
  const atError = rejectedFor("checkpoint")?.errors.at;
  return (
    <>
      <section aria-labelledby="checkpoints-heading" className="stack">
        <h2 id="checkpoints-heading">{t("webinarAdmin.checkpoints.heading")}</h2>
        <p className="muted">{t("webinarAdmin.checkpoints.lead")}</p>
        {props.checkpoints.length === 0 ? <p>{t("webinarAdmin.checkpoints.empty")}</p> : null}
        <ul className="question-list" data-testid="checkpoint-list">
          {props.checkpoints.map((checkpoint) => (
            <li key={checkpoint.id}>
              <span>
                <strong>{clockTime(checkpoint.at ?? 0)}</strong> {checkpoint.prompt}
              </span>
              <RemoveButton intent="removeCheckpoint" id={checkpoint.id} label={t("webinarAdmin.questions.remove")} />
            </li>
          ))}
        </ul>
        <Form method="post" className="stack question-form" noValidate key={`checkpoint-${props.checkpoints.length}`}>
          <input type="hidden" name="intent" value="addCheckpoint" />
          <h3>{t("webinarAdmin.checkpoints.add")}</h3>
          <FramePreviewField id="checkpoint-at" name="at" label={t("webinarAdmin.checkpoints.at")} defaultValue={valueOf(rejectedFor("checkpoint"), "at")} error={atError} source={props.preview} />
          <QuestionFields form="checkpoint" rejected={rejectedFor("checkpoint")} />
          <p className="actions">
            <button type="submit" className="button" disabled={busy}>
              {t("webinarAdmin.checkpoints.save")}
            </button>
          </p>
        </Form>
      </section>
      <section aria-labelledby="quiz-heading" className="stack">
        <h2 id="quiz-heading">{t("webinarAdmin.finalQuiz.heading")}</h2>
        <p className="muted">{t("webinarAdmin.finalQuiz.lead")}</p>
        {props.quiz.length === 0 ? <p>{t("webinarAdmin.finalQuiz.empty")}</p> : null}
        <ol className="question-list" data-testid="quiz-list">
          {props.quiz.map((question) => (
            <li key={question.id}>
              <span>{question.prompt}</span>
              <RemoveButton intent="removeQuizQuestion" id={question.id} label={t("webinarAdmin.questions.remove")} />
            </li>
          ))}
        </ol>
        <Form method="post" className="stack question-form" noValidate key={`quiz-${props.quiz.length}`}>
          <input type="hidden" name="intent" value="addQuizQuestion" />
          <h3>{t("webinarAdmin.finalQuiz.add")}</h3>
          <QuestionFields form="quiz" rejected={rejectedFor("quiz")} />
          <p className="actions">
            <button type="submit" className="button" disabled={busy}>
              {t("webinarAdmin.finalQuiz.save")}
            </button>
          </p>
        </Form>
      </section>
    </>
  );
}
