import { useFetcher } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert, SelectField, TextAreaField, TextField } from "~/platform/forms/Field";
import type { RejectedForm } from "~/platform/forms/form-state";
import type { HostPollView, PollResults, PollView } from "./live-polls.server";

function ResultBars({ poll, results, correctIds = [] }: { poll: PollView; results: PollResults; correctIds?: string[] }) {
  const { t } = useTranslation();
  return (
    <div data-testid="poll-results">
      <ul className="poll-results">
        {poll.choices.map((choice) => {
          const count = results.counts[choice.id] ?? 0;
          const share = results.answers ? Math.round((count / results.answers) * 100) : 0;
          return (
            <li key={choice.id}>
              <span>
                {choice.text}
                {correctIds.includes(choice.id) ? ` ${t("live.polls.correctMark")}` : ""}
              </span>
              <span className="poll-results__bar" style={{ width: `${share}%` }} />
              <span data-testid="poll-count">{t("live.polls.count", { count, share })}</span>
            </li>
          );
        })}
      </ul>
      <p className="muted" data-testid="poll-answers">
        {t("live.polls.answers", { count: results.answers })}
        {results.correct !== null ? ` · ${t("live.polls.correct", { count: results.correct })}` : ""}
      </p>
    </div>
  );
}

/** The newest poll for an attendee: answer it while open; its results once the host shows them. */
export function LivePolls({ polls, answered, canAnswer }: { polls: PollView[]; answered: Record<string, string[]>; canAnswer: boolean }) {
  const { t } = useTranslation();
  const answer = useFetcher<RejectedForm | { answered: true }>();
  const poll = polls[0];
  if (!poll) return null;
  const mine = answered[poll.id];
  const rejected = answer.data && "formError" in answer.data ? answer.data : undefined;
  const done = Boolean(mine) || (answer.data && "answered" in answer.data);
  return (
    <section className="live-poll" aria-labelledby="poll-heading" data-testid="live-poll">
      <h2 id="poll-heading">{t("live.polls.title")}</h2>
      <p className="live-poll__prompt">{poll.prompt}</p>
      {poll.status === "open" && !done && canAnswer ? (
        <answer.Form method="post" className="stack">
          <input type="hidden" name="intent" value="pollAnswer" />
          <input type="hidden" name="pollId" value={poll.id} />
          {rejected?.formError ? <FormAlert>{rejected.formError}</FormAlert> : null}
          <fieldset>
            <legend>{poll.type === "multiple" ? t("live.polls.chooseMany") : t("live.polls.chooseOne")}</legend>
            {poll.choices.map((choice) => (
              <div className="choice" key={choice.id}>
                <input type={poll.type === "multiple" ? "checkbox" : "radio"} id={`poll-${poll.id}-${choice.id}`} name="choice" value={choice.id} />
                <label htmlFor={`poll-${poll.id}-${choice.id}`}>{choice.text}</label>
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button" disabled={answer.state !== "idle"}>
            {t("live.polls.submit")}
          </button>
        </answer.Form>
      ) : done ? (
        <p className="alert alert--success" data-testid="poll-answered">{t("live.polls.thanks")}</p>
      ) : poll.status !== "open" ? (
        <p className="muted">{t("live.polls.closed")}</p>
      ) : null}
      {poll.results ? <ResultBars poll={poll} results={poll.results} /> : null}
    </section>
  );
}

/** The host's polls: the form to push one, and every poll's running results with show and close. */
export function HostPolls({ polls }: { polls: HostPollView[] }) {
  const { t } = useTranslation();
  const push = useFetcher<RejectedForm | { pushed: true }>();
  const rejected = push.data && "errors" in push.data ? push.data : undefined;
  const value = (name: string) => (typeof rejected?.values[name] === "string" ? (rejected.values[name] as string) : "");
  return (
    <section className="live-polls" aria-labelledby="host-polls-heading">
      <h2 id="host-polls-heading">{t("live.polls.hostTitle")}</h2>
      <push.Form method="post" noValidate className="stack session-form" key={push.data && "pushed" in push.data ? "sent" : "form"}>
        <input type="hidden" name="intent" value="pushPoll" />
        {rejected ? <FormAlert>{t("validation.formHasErrors")}</FormAlert> : null}
        <TextField name="prompt" label={t("live.polls.fields.prompt")} defaultValue={value("prompt")} error={rejected?.errors.prompt} />
        <SelectField
          name="type"
          label={t("live.polls.fields.type")}
          defaultValue={value("type") || "single"}
          error={rejected?.errors.type}
          options={[
            { value: "single", label: t("live.polls.types.single") },
            { value: "multiple", label: t("live.polls.types.multiple") },
          ]}
        />
        <TextAreaField name="choices" rows={4} label={t("live.polls.fields.choices")} hint={t("live.polls.choicesHint")} defaultValue={value("choices")} error={rejected?.errors.choices} />
        <TextField name="correct" label={t("live.polls.fields.correct")} hint={t("live.polls.correctHint")} defaultValue={value("correct")} error={rejected?.errors.correct} />
        <button type="submit" className="button" disabled={push.state !== "idle"}>
          {t("live.polls.push")}
        </button>
      </push.Form>
      {polls.map((poll) => (
        <HostPoll key={poll.id} poll={poll} />
      ))}
    </section>
  );
}

function HostPoll({ poll }: { poll: HostPollView }) {
  const { t } = useTranslation();
  const change = useFetcher();
  return (
    <article className="live-poll" data-testid="host-poll">
      <p className="live-poll__prompt">
        {poll.prompt} <span className="badge">{poll.status === "open" ? t("live.polls.open") : t("live.polls.closedBadge")}</span>
      </p>
      <ResultBars poll={poll} results={poll.results} correctIds={poll.correctIds} />
      <change.Form method="post" className="inline-form">
        <input type="hidden" name="pollId" value={poll.id} />
        {!poll.resultsShown ? (
          <button type="submit" name="intent" value="showResults" className="button button--secondary button--small" disabled={change.state !== "idle"}>
            {t("live.polls.showResults")}
          </button>
        ) : (
          <span className="muted">{t("live.polls.resultsShown")}</span>
        )}
        {poll.status === "open" ? (
          <button type="submit" name="intent" value="closePoll" className="button button--secondary button--small" disabled={change.state !== "idle"}>
            {t("live.polls.close")}
          </button>
        ) : null}
      </change.Form>
    </article>
  );
}
