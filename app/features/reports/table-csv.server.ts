import { csvResponse, toCsv } from "~/platform/csv/csv.server";
import { csvCell, type ReportTable } from "./report-table";

/** A report table as a CSV download, with the same columns as on the page. */
export function tableCsvResponse(table: ReportTable, fileName: string): Response {
  const csv = toCsv(
    table.columns.map((column) => (column.kind === "percent" ? `${column.label} (%)` : column.label)),
    table.rows.map((row) => row.map((cell, index) => csvCell(cell, table.columns[index]!.kind))),
  );
  return csvResponse(csv, fileName);
}
