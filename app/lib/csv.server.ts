import { stringify } from "csv-stringify/sync";

/** A value a spreadsheet must show exactly as typed (a phone number, a code), never as a number. */
export type TextCell = { text: string };
export type CsvCell = string | number | null | undefined | TextCell;

/** Keeps a value as typed: `+8613800138000` and `05748765432` stay text with their `+` and leading zero. */
export function asText(value: string): TextCell {
  return { text: value };
}

/**
 * OWASP's rule against CSV injection: a cell that begins with `=`, `+`, `-`,
 * `@`, tab or carriage return is read as a formula by Excel or LibreOffice.
 * Such cells get a leading apostrophe, which spreadsheets show as part of the
 * text instead of running it. Numbers we compute are written as numbers.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** What a spreadsheet would turn into a number (and so lose a leading `+` or `0`, or digits past 15). */
const NUMBER_LIKE = /^\d+([.,]\d+)?(e\d+)?$/i;

function neutralized(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "string") return FORMULA_START.test(cell) ? `'${cell}` : cell;
  return FORMULA_START.test(cell.text) || NUMBER_LIKE.test(cell.text) ? `'${cell.text}` : cell.text;
}

/**
 * A table as CSV: UTF-8 with a byte-order mark so Excel shows Chinese
 * correctly, CRLF line ends, every cell neutralized against formulas.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const cells = [header, ...rows].map((row) => row.map(neutralized));
  return `\uFEFF${stringify(cells, { record_delimiter: "\r\n" })}`;
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
