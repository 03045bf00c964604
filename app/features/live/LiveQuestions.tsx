import { useFetcher } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert, TextAreaField } from "~/platform/forms/Field";
import type { RejectedForm } from "~/platform/forms/form-state";
import type { QuestionView } from "./live-questions.server";

function QuestionText({ question }: { question: QuestionView }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="live-question__text">{question.text}</p>
      <p className="muted">
        {t("live.questions.askedBy", { name: question.name })} · <span data-testid="votes">{t("live.questions.votes", { count: question.votes })}</span>
        {question.status === "answered" ? (
          <>
            {" "}
            · <span className="badge badge--done" data-testid="answered">{t("live.questions.answered")}</span>
          </>
        ) : null}
      </p>
      {question.answer ? <p className="live-question__answer">{t("live.questions.hostAnswer", { answer: question.answer })}</p> : null}
    </>
  );
}

/** The attendee's side of the Q&A: the questions by votes, a vote button, and the form to ask. */
export function LiveQuestions({ questions, canAsk }: { questions: QuestionView[]; canAsk: boolean }) {
  const { t } = useTranslation();
  const ask = useFetcher<RejectedForm | { asked: true }>();
  const form = useRef<HTMLFormElement>(null);
  const rejected = ask.data && "errors" in ask.data ? ask.data : undefined;
  useEffect(() => {
    if (ask.state === "idle" && ask.data && "asked" in ask.data) form.current?.reset();
  }, [ask.state, ask.data]);
  return (
    <section className="live-questions" aria-labelledby="questions-heading">
      <h2 id="questions-heading">{t("live.questions.title")}</h2>
      {canAsk ? (
        <ask.Form method="post" ref={form} noValidate className="stack">
          <input type="hidden" name="intent" value="ask" />
          {rejected?.formError ? <FormAlert>{rejected.formError}</FormAlert> : null}
          <TextAreaField name="question" rows={2} label={t("live.questions.ask")} hint={t("live.questions.askHint")} error={rejected?.errors.question} defaultValue={typeof rejected?.values.question === "string" ? rejected.values.question : ""} />
          <button type="submit" className="button" disabled={ask.state !== "idle"}>
            {t("live.questions.send")}
          </button>
        </ask.Form>
      ) : (
        <p className="muted">{t("live.questions.signInToAsk")}</p>
      )}
      {questions.length === 0 ? (
        <p className="muted">{t("live.questions.none")}</p>
      ) : (
        <ol className="live-question-list">
          {questions.map((question) => (
            <li key={question.id} className="live-question" data-testid="question">
              <QuestionText question={question} />
              {canAsk ? <VoteButton questionId={question.id} /> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function VoteButton({ questionId }: { questionId: string }) {
  const { t } = useTranslation();
  const vote = useFetcher();
  return (
    <vote.Form method="post">
      <input type="hidden" name="intent" value="vote" />
      <input type="hidden" name="questionId" value={questionId} />
      <button type="submit" className="button button--secondary button--small" disabled={vote.state !== "idle"}>
        {t("live.questions.vote")}
      </button>
    </vote.Form>
  );
}

/** The host's side: the queue by votes, with answer, hide and mute. */
export function HostQuestions({ questions }: { questions: QuestionView[] }) {
  const { t } = useTranslation();
  return (
    <section className="live-questions" aria-labelledby="host-questions-heading">
      <h2 id="host-questions-heading">{t("live.questions.hostTitle")}</h2>
      {questions.length === 0 ? (
        <p className="muted">{t("live.questions.none")}</p>
      ) : (
        <ol className="live-question-list">
          {questions.map((question) => (
            <li key={question.id} className="live-question" data-testid="host-question">
              <QuestionText question={question} />
              <HostActions question={question} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function HostActions({ question }: { question: QuestionView }) {
  const { t } = useTranslation();
  const act = useFetcher();
  const busy = act.state !== "idle";
  return (
    <div className="live-question__actions">
      {question.status !== "answered" ? (
        <act.Form method="post" className="inline-form">
          <input type="hidden" name="questionId" value={question.id} />
          <input name="answer" maxLength={1000} aria-label={t("live.questions.answerLabel")} placeholder={t("live.questions.answerPlaceholder")} />
          <button type="submit" name="intent" value="answer" className="button button--small" disabled={busy}>
            {t("live.questions.markAnswered")}
          </button>
        </act.Form>
      ) : null}
      <act.Form method="post" className="inline-form">
        <input type="hidden" name="questionId" value={question.id} />
        <button type="submit" name="intent" value="hide" className="button button--secondary button--small" disabled={busy}>
          {t("live.questions.hide")}
        </button>
        <button type="submit" name="intent" value="mute" className="button button--secondary button--small" disabled={busy}>
          {t("live.questions.mute")}
        </button>
      </act.Form>
    </div>
  );
}
