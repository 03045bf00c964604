// Line breaking for SVG labels, which cannot wrap by themselves. Widths are
// estimated in ems: a Chinese character (or any full-width character) is
// about 1 em wide, Latin letters and digits a little over half.

const WIDE_RANGES = "\\u1100-\\u115f\\u2e80-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6";
const WIDE = new RegExp(`[${WIDE_RANGES}]`, "u");
const PIECE = new RegExp(`[${WIDE_RANGES}]|[^\\s${WIDE_RANGES}]+\\s*|\\s+`, "gu");

export function textWidthEm(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 1 : /[A-Z0-9mwMW%]/.test(char) ? 0.66 : char === " " ? 0.3 : 0.52;
  return width;
}

/** Words of Latin text stay whole (with their trailing space); every wide character is its own piece. */
function pieces(text: string): string[] {
  return text.match(PIECE) ?? [];
}

/** Closing punctuation must not start a line (Chinese line-breaking rule). */
const NO_LINE_START = /^[，。、；：？！）」』》〉】”’,.;:?!)\]%]/u;

/** Cuts a word wider than a line into full lines; returns what is left for the next line. */
function cutWord(word: string, maxEm: number, lines: string[]): string {
  let chars = [...word];
  while (textWidthEm(chars.join("").trimEnd()) > maxEm && chars.length > 1) {
    let cut = chars.length - 1;
    while (cut > 1 && textWidthEm(chars.slice(0, cut).join("")) > maxEm) cut -= 1;
    lines.push(chars.slice(0, cut).join(""));
    chars = chars.slice(cut);
  }
  return chars.join("");
}

/**
 * Splits text into lines of at most `maxEm` ems. Closing punctuation may
 * hang past the end of a line; a Latin word longer than a whole line is cut.
 */
export function wrapText(text: string, maxEm: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of pieces(text.trim())) {
    const hangs = NO_LINE_START.test(piece);
    if (line && !hangs && textWidthEm((line + piece).trimEnd()) > maxEm) {
      lines.push(line.trim());
      line = "";
    }
    line += line ? piece : piece.trimStart();
    if (!hangs && textWidthEm(line.trimEnd()) > maxEm) line = cutWord(line, maxEm, lines);
  }
  if (line.trim()) lines.push(line.trim());
  return lines;
}
