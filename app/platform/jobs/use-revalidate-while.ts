import { useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { holdsRejectedForm } from "~/platform/forms/form-state";

/** The parts of the router's state a refresh must wait for. */
type RouterNow = { navigation: { state: string }; revalidation: string; actionData: unknown };

/**
 * The router's state at this moment. Remix keeps its router on `window`
 * (`@remix-run/react`'s browser entry sets `__remixRouter`, for its dev
 * tools); the page's last render may not have caught up with it yet.
 */
function routerNow(): RouterNow | undefined {
  return (window as unknown as { __remixRouter?: { state: RouterNow } }).__remixRouter?.state;
}

/**
 * Reloads the page's data every `intervalMs` while `active`, without
 * reloading the page. Not while the page shows a rejected form: reloading
 * the data clears the action's answer, and with it the errors and what the
 * user typed. Sending the form again lets the refreshing go on.
 *
 * When each reload is due, the router itself is asked, not the last render:
 * a form's answer can be in the router before the page has rendered it (on a
 * busy phone, for a while), and a reload then would throw a rejection away
 * unseen. While a page is loading, a form is being sent or its rejection is
 * in, the reload waits for the next interval.
 */
export function useRevalidateWhile(active: boolean, intervalMs: number): void {
  const { revalidate } = useRevalidator();
  useEffect(() => {
    if (!active) return;
    let timer: ReturnType<typeof setTimeout>;
    const reloadWhenFree = () => {
      const now = routerNow();
      const busy = now !== undefined && (now.navigation.state !== "idle" || now.revalidation !== "idle" || holdsRejectedForm(now.actionData));
      if (!busy) revalidate();
      timer = setTimeout(reloadWhenFree, intervalMs);
    };
    timer = setTimeout(reloadWhenFree, intervalMs);
    return () => clearTimeout(timer);
  }, [active, intervalMs, revalidate]);
}
