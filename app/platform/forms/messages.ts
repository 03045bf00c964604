import type { Translation } from "~/locales";

/** A validation message: a key under `validation.` in the locale files. */
export type ValidationKey = `validation.${keyof Translation["validation"] & string}`;

export function message(key: ValidationKey): { error: ValidationKey } {
  return { error: key };
}
