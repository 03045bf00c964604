import { stringify } from "csv-stringify/sync";
import { withoutHiddenCharacters } from "./hidden-characters";

export type CsvCell = string | number | null | undefined;

/**
 * A table as CSV: UTF-8 with a byte-order mark so Excel shows Chinese
 * correctly, CRLF line ends. Text never carries invisible control characters
 * (stored text may predate the input rule), and a text cell that a
 * spreadsheet would read as a formula (starting with =, +, -, @, tab or CR)
 * is prefixed with an apostrophe (OWASP's CSV-injection rule); numbers stay numbers.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const cells = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? "" : typeof cell === "number" ? cell : withoutHiddenCharacters(cell))));
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
