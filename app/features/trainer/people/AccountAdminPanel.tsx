import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

/** Admins deactivate or reactivate an account and mail its owner a reset link here; the server checks the role again. */
export function AccountAdminPanel({ deactivated, own }: { deactivated: boolean; own: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="card stack" aria-labelledby="account-admin-heading">
      <h2 id="account-admin-heading">{t("manage.account.title")}</h2>
      <p data-testid="account-state">{t(deactivated ? "manage.account.deactivated" : "manage.account.active")}</p>
      {deactivated ? null : (
        <Form method="post">
          <input type="hidden" name="intent" value="sendReset" />
          <button type="submit" className="button button--secondary">
            {t("manage.account.sendReset")}
          </button>
        </Form>
      )}
      {own ? null : (
        <Form method="post">
          <input type="hidden" name="intent" value={deactivated ? "reactivate" : "deactivate"} />
          <button type="submit" className={deactivated ? "button button--secondary" : "button button--danger"}>
            {t(deactivated ? "manage.account.reactivate" : "manage.account.deactivate")}
          </button>
        </Form>
      )}
      <p className="field__hint">{t("manage.account.hint")}</p>
    </section>
  );
}
