import { z } from "zod";
import { isFreeOfHiddenCharacters } from "~/platform/text/hidden-characters";
import { message } from "./messages";

/**
 * Trimmed text; empty input is "required". Like every text field here, it
 * refuses invisible control characters (NUL, direction overrides…) with a
 * message next to the field.
 */
export function requiredText(max: number) {
  return z
    .string(message("validation.required"))
    .trim()
    .min(1, message("validation.required"))
    .max(max, message("validation.tooLong"))
    .refine(isFreeOfHiddenCharacters, message("validation.hiddenCharacters"));
}

/** Trimmed text that may be left empty. */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max, message("validation.tooLong"))
    .refine(isFreeOfHiddenCharacters, message("validation.hiddenCharacters"))
    .default("");
}

export const emailField = requiredText(254).pipe(z.email(message("validation.email")));

export function choiceField<const T extends readonly [string, ...string[]]>(choices: T) {
  return z.enum(choices, message("validation.invalidChoice"));
}

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
const INTERNATIONAL = /^\+[1-9]\d{6,14}$/;

/**
 * A mainland mobile number (11 digits, optionally with +86) or an
 * international number in E.164 form. Spaces, dashes and brackets are
 * ignored; the number is stored without them.
 */
export const phoneField = z
  .string()
  .trim()
  .max(40, message("validation.tooLong"))
  .transform((value) => value.replace(/[\s\-().]/g, ""))
  .refine((value) => {
    if (value === "") return true;
    const mainland = value.replace(/^\+86/, "");
    return MAINLAND_MOBILE.test(mainland) || (INTERNATIONAL.test(value) && !value.startsWith("+86"));
  }, message("validation.phone"));
