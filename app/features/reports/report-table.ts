// One definition per report table: the page renders it as HTML and the CSV
// download writes the same columns and rows, so the two never disagree.
import { htmlLang, type Language } from "~/platform/i18n/languages";

/** text: as is · count: whole number · percent: a share 0–1 · days: fractional days. */
export type ColumnKind = "text" | "count" | "percent" | "days";
export type Column = { label: string; kind: ColumnKind };
export type Cell = string | number | null;
export type ReportTable = { columns: Column[]; rows: Cell[][] };

/** A cell as shown on the page, in the page language; "—" for no value. */
export function formatCell(value: Cell, kind: ColumnKind, language: Language): string {
  if (value === null) return "—";
  if (typeof value === "string") return value;
  const locale = htmlLang(language);
  if (kind === "percent") return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
  if (kind === "days") return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A cell as written to CSV: plain numbers (percent as 0–100 with one decimal) that a spreadsheet can sum. */
export function csvCell(value: Cell, kind: ColumnKind): string | number {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (kind === "percent") return Math.round(value * 1000) / 10;
  if (kind === "days") return Math.round(value * 10) / 10;
  return value;
}
