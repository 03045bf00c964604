import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "~/platform/forms/Field";

type Candidate = { id: string; name: string; email: string; role: string };

/** Admins choose who runs a session among trainers and admins. */
export function TrainerAssignment({ candidates, assigned, error }: { candidates: Candidate[]; assigned: string[]; error?: string }) {
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="trainers-heading">
      <h2 id="trainers-heading">{t("manage.trainers.title")}</h2>
      {error ? <FormAlert>{error}</FormAlert> : null}
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="trainers" />
        <fieldset className="field">
          <legend>{t("manage.trainers.legend")}</legend>
          {candidates.map((candidate) => (
            <div className="choice" key={candidate.id}>
              <input type="checkbox" id={`trainer-${candidate.id}`} name="trainerIds" value={candidate.id} defaultChecked={assigned.includes(candidate.id)} />
              <label htmlFor={`trainer-${candidate.id}`}>
                {candidate.name} <span className="muted">({candidate.email})</span>
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button button--secondary">
          {t("manage.trainers.save")}
        </button>
      </Form>
    </section>
  );
}
