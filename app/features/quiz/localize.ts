import type { Bilingual } from "~/platform/content/bilingual";
import type { Language } from "~/platform/i18n/languages";
import type { PublicQuestion } from "./engine.server";

export type ShownQuestion = { id: string; type: PublicQuestion["type"]; prompt: string; choices: { id: string; text: string }[] };

export function pick(text: Bilingual, language: Language): string {
  return text[language];
}

/** A public question in the page's language. */
export function showQuestion(question: PublicQuestion, language: Language): ShownQuestion {
  return {
    id: question.id,
    type: question.type,
    prompt: pick(question.prompt, language),
    choices: question.choices.map((choice) => ({ id: choice.id, text: pick(choice.text, language) })),
  };
}
