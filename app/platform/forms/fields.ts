import parsePhoneNumberFromString from "libphonenumber-js/max";
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

/**
 * A phone number as people in the program type it: a mainland mobile or
 * landline without a country code (0574 8765 4321, 138 0013 8000), or any
 * country's number with `+` (Vietnam, Indonesia, India, the U.S. …). It is
 * validated against each country's numbering plan (libphonenumber's full
 * metadata) and stored in E.164 form (+8613800138000).
 */
export const phoneField = z
  .string()
  .trim()
  .max(40, message("validation.tooLong"))
  .refine((value) => value === "" || parsePhone(value)?.isValid() === true, message("validation.phone"))
  .transform((value) => (value === "" ? "" : parsePhone(value)!.number));

/** Without a country code, a number is read as a mainland China number. */
function parsePhone(value: string) {
  return parsePhoneNumberFromString(value, "CN");
}
