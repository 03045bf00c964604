import type { Language } from "~/features/i18n/languages";

/** Only same-site paths; anything else falls back to the language's home page. */
export function safeRedirect(target: unknown, language: Language): string {
  if (typeof target !== "string" || !target.startsWith("/") || target.startsWith("//") || target.includes("\\")) {
    return `/${language}`;
  }
  return target;
}
