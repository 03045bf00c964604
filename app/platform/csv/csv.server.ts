import { stringify } from "csv-stringify/sync";
import { withoutHiddenCharacters } from "~/platform/text/hidden-characters";

/** A value a spreadsheet must show exactly as typed (a phone number, a code), never as a number. */
export type TextCell = { text: string };
export type CsvCell = string | number | null | undefined | TextCell;

/** Keeps a value as typed: `+8613800138000` and `05748765432` stay text with their `+` and leading zero. */
export function asText(value: string): TextCell {
  return { text: value };
}

/** What a spreadsheet would turn into a number (and so lose a leading `+` or `0`, or digits past 15). */
const NUMBER_LIKE = /^\d+([.,]\d+)?(e\d+)?$/i;

function cellValue(cell: CsvCell): string | number {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return cell;
  if (typeof cell === "string") return withoutHiddenCharacters(cell);
  const text = withoutHiddenCharacters(cell.text);
  return NUMBER_LIKE.test(text) ? `'${text}` : text;
}

/**
 * A table as CSV: UTF-8 with a byte-order mark so Excel shows Chinese
 * correctly, CRLF line ends. Text never carries invisible control characters
 * (stored text may predate the input rule), and a text cell that a
 * spreadsheet would read as a formula (starting with =, +, -, @, tab or CR)
 * is prefixed with an apostrophe (OWASP's CSV-injection rule); numbers stay
 * numbers. A cell marked `asText` that looks like a number gets the
 * apostrophe too, so it opens as the text that was typed.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const cells = rows.map((row) => row.map(cellValue));
  return `\uFEFF${stringify([header, ...cells], { record_delimiter: "\r\n", escape_formulas: true })}`;
}

/** A CSV download that is never cached (it holds personal data). `fileName` must be ASCII. */
export function csvResponse(csv: string, fileName: string): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^A-Za-z0-9._-]/g, "-")}"`,
      "Cache-Control": "no-store",
    },
  });
}
