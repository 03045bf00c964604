import { useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FormAlert } from "~/platform/forms/Field";

/** What a redirect after an account change may announce with `?notice=`; anything else shows nothing. */
const NOTICES = ["passwordReset", "passwordChanged", "emailConfirmed", "emailChanged", "signedOutEverywhere", "accountDeleted"] as const;

export function AccountNotice() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const notice = NOTICES.find((name) => name === search.get("notice"));
  return notice ? <FormAlert tone="success">{t(`auth.notices.${notice}`)}</FormAlert> : null;
}
