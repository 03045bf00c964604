import { z } from "zod";
import { choiceField, requiredText } from "~/platform/forms/fields";
import { LANGUAGES } from "~/platform/i18n/languages";

/** The translation form: the recall's name, hazard and remedy in one language, saved as a draft or published. */
export const translationSchema = z.object({
  language: choiceField(LANGUAGES),
  name: requiredText(500),
  hazard: requiredText(4000),
  remedy: requiredText(2000),
  intent: choiceField(["draft", "publish"] as const),
});
