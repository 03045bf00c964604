import { stringify } from "csv-stringify/sync";

export type CsvCell = string | number | null | undefined;

/** A table as CSV: UTF-8 with a byte-order mark so Excel shows Chinese correctly, CRLF line ends. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  const cells = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? "" : String(cell))));
  return `\uFEFF${stringify([header, ...cells], { record_delimiter: "\r\n" })}`;
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
