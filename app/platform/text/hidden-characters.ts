/**
 * Characters that hide, reorder or break text without being seen: C0 and C1
 * control characters other than tab, line feed and carriage return (NUL
 * among them); the bidirectional marks, embeddings, overrides and isolates
 * (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), with which
 * "gpj.exe" can show as "exe.jpg"; the zero-width space, the word joiner and
 * the invisible operators (U+200B, U+2060–U+2064); the byte-order mark; and
 * the interlinear annotation marks (U+FFF9–U+FFFB). The zero-width joiner
 * and non-joiner stay: emoji and several scripts need them.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/u;
const HIDDEN_ALL = new RegExp(HIDDEN.source, "gu");

/** True when the text has none of the hidden characters: what every form field requires. */
export function isFreeOfHiddenCharacters(text: string): boolean {
  return !HIDDEN.test(text);
}

/**
 * The text without hidden characters: applied to stored text (which may
 * predate the input rule) wherever it leaves the app — CSV, PDF and mail.
 */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(HIDDEN_ALL, "");
}
