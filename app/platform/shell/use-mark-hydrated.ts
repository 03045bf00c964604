import { useEffect } from "react";

/**
 * Marks the document once React has taken it over (`<html data-hydrated>`),
 * so automated checks can act at a person's pace: a form typed into and
 * sent by a script while React 18 was still hydrating has (rarely) ended in
 * an uncaught "Root did not complete" error.
 */
export function useMarkHydrated(): void {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
}
