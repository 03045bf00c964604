import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextField } from "~/platform/forms/Field";
import type { FieldMessage } from "~/platform/forms/parse-form";
import { usePageLanguage } from "~/platform/i18n/use-page-language";

/** The certificate-number form, on the verification page and under every result. */
export function VerifyForm({ typed, error }: { typed: string; error?: FieldMessage }) {
  const { t } = useTranslation();
  const language = usePageLanguage();
  return (
    <Form method="get" action={`/${language}/verify`} className="verify-form" noValidate>
      <TextField name="number" label={t("certificates.verify.number")} defaultValue={typed} error={error} autoComplete="off" required />
      <button type="submit" className="button">
        {t("certificates.verify.submit")}
      </button>
    </Form>
  );
}
