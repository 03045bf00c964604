import { useEffect } from "react";

/**
 * Marks the document once React has taken it over (`<html data-hydrated>`),
 * so automated checks can wait for it.
 */
export function useMarkHydrated(): void {
  useEffect(() => {
    document.documentElement.dataset.hydrated = "";
  }, []);
}
