import { useActionData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { holdsRejectedForm } from "~/platform/forms/form-state";

/**
 * Reloads the page's data every `intervalMs` while `active`, without
 * reloading the page. Not while the page shows a rejected form: reloading
 * the data clears the action's answer, and with it the errors and what the
 * user typed. Sending the form again lets the refreshing go on.
 */
export function useRevalidateWhile(active: boolean, intervalMs: number): void {
  const revalidator = useRevalidator();
  const showsRejectedForm = holdsRejectedForm(useActionData());
  useEffect(() => {
    if (!active || showsRejectedForm || revalidator.state !== "idle") return;
    const timer = setTimeout(() => revalidator.revalidate(), intervalMs);
    return () => clearTimeout(timer);
  }, [active, showsRejectedForm, intervalMs, revalidator]);
}
