import type { ReactNode, RefObject } from "react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "~/platform/forms/Field";
import { QrScanner } from "./QrScanner";

type Props = {
  codeInput: RefObject<HTMLInputElement>;
  /** Wraps the code field and its button in the page's own form: one posts to the server, the other decides on the device. */
  form: (fields: ReactNode) => ReactNode;
  onCode: (code: string) => void;
  notice: { tone: "success" | "error"; message: string } | null;
  disabled?: boolean;
};

/** The check-in card of the roster and of the offline check-in page: a ticket code typed or scanned, and what came of it. */
export function CheckInCard({ codeInput, form, onCode, notice, disabled = false }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card" aria-labelledby="check-in-heading">
      <h2 id="check-in-heading">{t("trainings.roster.checkInTitle")}</h2>
      {form(
        <>
          <div className="field">
            <label htmlFor="code">{t("trainings.roster.code")}</label>
            <input ref={codeInput} id="code" name="code" autoComplete="off" autoCapitalize="characters" spellCheck={false} aria-describedby="code-hint" />
            <p className="field__hint" id="code-hint">
              {t("trainings.roster.codeHint")}
            </p>
          </div>
          <button type="submit" className="button" disabled={disabled}>
            {t("trainings.roster.checkIn")}
          </button>
        </>,
      )}
      <QrScanner onCode={onCode} />
      {notice ? (
        <div data-testid="check-in-result">
          <FormAlert tone={notice.tone}>{notice.message}</FormAlert>
        </div>
      ) : null}
    </section>
  );
}
