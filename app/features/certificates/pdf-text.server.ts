import type { PDFFont, PDFPage, RGB } from "pdf-lib";
import { withoutHiddenCharacters } from "~/platform/text/hidden-characters";

/** Characters that may start a new line on their own: CJK ideographs, kana, hangul and full-width punctuation. */
const BREAKS_ANYWHERE = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/u;

/** Splits text into pieces a line may break between: whole Latin words (with their space), single CJK characters. */
function breakable(text: string): string[] {
  const pieces: string[] = [];
  let word = "";
  for (const character of text) {
    if (BREAKS_ANYWHERE.test(character)) {
      if (word) pieces.push(word);
      pieces.push(character);
      word = "";
    } else {
      word += character;
      if (character === " ") {
        pieces.push(word);
        word = "";
      }
    }
  }
  if (word) pieces.push(word);
  return pieces;
}

/**
 * Greedy line breaking to a width, for mixed Chinese and Latin text. Every
 * text a certificate shows (the holder's name among them) passes here, so
 * this is where invisible control characters are dropped: the font has no
 * glyph for them, and a direction override would reorder the name.
 */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const piece of breakable(withoutHiddenCharacters(text))) {
    const candidate = line + piece;
    if (line && font.widthOfTextAtSize(candidate.trimEnd(), size) > maxWidth) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

export type TextStyle = { font: PDFFont; size: number; color: RGB; lineGap?: number };

/**
 * Draws text centred on `centerX`, wrapped to `maxWidth`, with its first
 * baseline at `y`; returns the baseline below the last line.
 */
export function drawCentered(page: PDFPage, text: string, centerX: number, y: number, maxWidth: number, style: TextStyle): number {
  let baseline = y;
  for (const line of wrapText(text, style.font, style.size, maxWidth)) {
    const width = style.font.widthOfTextAtSize(line, style.size);
    page.drawText(line, { x: centerX - width / 2, y: baseline, size: style.size, font: style.font, color: style.color });
    baseline -= style.size * 1.25 + (style.lineGap ?? 0);
  }
  return baseline;
}
