import { useActionData, useNavigation, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { holdsRejectedForm } from "~/platform/forms/form-state";

/**
 * Reloads the page's data every `intervalMs` while `active`, without
 * reloading the page. Not while the page shows a rejected form: reloading
 * the data clears the action's answer, and with it the errors and what the
 * user typed. Sending the form again lets the refreshing go on.
 *
 * A form sent after the wait began may already have its answer in the router
 * while the page has not rendered it yet (on a busy phone, for a while); a
 * reload then would throw a rejection away before anyone saw it. So when a
 * form was sent meanwhile, the reload waits one more interval, by when the
 * page shows the answer and this wait has been set again from it.
 */
export function useRevalidateWhile(active: boolean, intervalMs: number): void {
  const revalidator = useRevalidator();
  const navigating = useNavigation().state !== "idle";
  const showsRejectedForm = holdsRejectedForm(useActionData());
  useEffect(() => {
    if (!active || showsRejectedForm || navigating || revalidator.state !== "idle") return;
    let formSent = false;
    const onSubmit = () => {
      formSent = true;
    };
    const reloadUnlessFormSent = () => {
      if (formSent) {
        formSent = false;
        timer = setTimeout(reloadUnlessFormSent, intervalMs);
        return;
      }
      revalidator.revalidate();
    };
    // Capture: seen before the router handles the submission.
    document.addEventListener("submit", onSubmit, true);
    let timer = setTimeout(reloadUnlessFormSent, intervalMs);
    return () => {
      clearTimeout(timer);
      document.removeEventListener("submit", onSubmit, true);
    };
  }, [active, showsRejectedForm, navigating, intervalMs, revalidator]);
}
