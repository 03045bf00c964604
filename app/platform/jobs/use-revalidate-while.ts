import { useRevalidator } from "@remix-run/react";
import { useEffect } from "react";

/** Reloads the page's data every `intervalMs` while `active`, without reloading the page. */
export function useRevalidateWhile(active: boolean, intervalMs: number): void {
  const revalidator = useRevalidator();
  useEffect(() => {
    if (!active || revalidator.state !== "idle") return;
    const timer = setTimeout(() => revalidator.revalidate(), intervalMs);
    return () => clearTimeout(timer);
  }, [active, intervalMs, revalidator]);
}
