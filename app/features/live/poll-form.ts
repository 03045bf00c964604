import { z } from "zod";
import { choiceField, optionalText, requiredText } from "~/platform/forms/fields";
import { message } from "~/platform/forms/messages";
import { parseForm, submittedValues, type FormResult } from "~/platform/forms/parse-form";
import type { NewPoll } from "./live-polls.server";

const pollFormSchema = z.object({
  prompt: requiredText(300),
  type: choiceField(["single", "multiple"] as const),
  choices: requiredText(2000)
    .transform((text) => text.split("\n").map((line) => line.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(200, message("validation.tooLong"))).min(2, message("validation.pollChoices")).max(8, message("validation.pollChoices"))),
  correct: optionalText(40).refine((text) => /^[\d\s,，、]*$/.test(text), message("validation.pollCorrect")),
});

/** The host's poll form: a prompt, 2–8 choices (one per line), and optionally the numbers of the correct ones. */
export function parsePollForm(formData: FormData): FormResult<NewPoll> {
  const parsed = parseForm(formData, pollFormSchema);
  if (!parsed.ok) return parsed;
  const correct = [...new Set(parsed.data.correct.split(/[\s,，、]+/).filter(Boolean).map(Number))];
  const fits = correct.every((n) => n >= 1 && n <= parsed.data.choices.length) && (parsed.data.type === "multiple" || correct.length <= 1);
  if (!fits) return { ok: false, errors: { correct: { key: "validation.pollCorrect" } }, values: submittedValues(formData) };
  return { ok: true, data: { type: parsed.data.type, prompt: parsed.data.prompt, choices: parsed.data.choices, correct } };
}
