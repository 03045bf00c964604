import { useTranslation } from "react-i18next";
import type { FieldMessage } from "./parse-form";

type Common = {
  name: string;
  label: string;
  hint?: string;
  error?: FieldMessage;
  optional?: boolean;
};

function useDescribedBy(name: string, hint?: string, error?: FieldMessage) {
  const ids = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function FieldChrome({ name, label, hint, error, optional, children }: Common & { children: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={error ? "field field--invalid" : "field"}>
      <label htmlFor={name}>
        {label}
        {optional ? <span className="field__optional"> ({t("common.optional")})</span> : null}
      </label>
      {children}
      {hint ? (
        <p className="field__hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${name}-error`} role="alert">
          {t(error.key, error.values)}
        </p>
      ) : null}
    </div>
  );
}

export function TextField(
  props: Common & {
    type?: "text" | "email" | "password" | "tel" | "number" | "datetime-local";
    defaultValue?: string;
    autoComplete?: string;
    required?: boolean;
    inputMode?: "numeric" | "text";
  },
) {
  const { name, hint, error, type = "text", defaultValue, autoComplete, required, inputMode } = props;
  return (
    <FieldChrome {...props}>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required={required}
        inputMode={inputMode}
        aria-invalid={error ? true : undefined}
        aria-describedby={useDescribedBy(name, hint, error)}
      />
    </FieldChrome>
  );
}

export function TextAreaField(props: Common & { defaultValue?: string; rows?: number; lang?: string }) {
  const { name, hint, error, defaultValue, rows = 4, lang } = props;
  return (
    <FieldChrome {...props}>
      <textarea
        id={name}
        name={name}
        rows={rows}
        lang={lang}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={useDescribedBy(name, hint, error)}
      />
    </FieldChrome>
  );
}

export function SelectField(
  props: Common & { options: { value: string; label: string }[]; defaultValue?: string },
) {
  const { name, hint, error, options, defaultValue } = props;
  return (
    <FieldChrome {...props}>
      <select
        id={name}
        name={name}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={useDescribedBy(name, hint, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldChrome>
  );
}

/** A message above the form, announced to screen readers. */
export function FormAlert({ children, tone = "error" }: { children: React.ReactNode; tone?: "error" | "success" }) {
  return (
    <div className={`alert alert--${tone}`} role={tone === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}
