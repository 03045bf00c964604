// Opens CSV files the way a trainer's spreadsheet does: LibreOffice Calc,
// headless, with formulas evaluated and numbers detected, then reads back
// what each cell became from the converted flat OpenDocument file.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type SheetCell = { type: string; text: string; formula: string | null };

/** Comma-separated, double quotes, UTF-8, from line 1, detect special numbers, evaluate formulas (LibreOffice CSV filter options). */
const CSV_IMPORT = "CSV:44,34,76,1,,0,false,true,false,false,false,-1,true";

const decode = (xml: string) =>
  xml
    // The flat file is pretty-printed: drop the line breaks and indentation between elements.
    .replace(/>\s*\n\s*</g, "><")
    .replace(/^\s+|\s+$/g, "")
    .replace(/<text:tab\/>/g, "\t")
    .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_match, count: string | undefined) => " ".repeat(Number(count ?? 1)))
    .replace(/<[^>]+>/g, "")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function rowsOf(contentXml: string): SheetCell[][] {
  const rows = contentXml.match(/<table:table-row[^>]*>[\s\S]*?<\/table:table-row>/g) ?? [];
  return rows.map((row) =>
    (row.match(/<table:table-cell[^>]*?(?:\/>|>[\s\S]*?<\/table:table-cell>)/g) ?? []).flatMap((cell) => {
      const attribute = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(cell)?.[1] ?? null;
      const repeated = Math.min(Number(attribute("table:number-columns-repeated") ?? 1), 50);
      const parsed: SheetCell = { type: attribute("office:value-type") ?? "empty", text: decode(cell.replace(/^<table:table-cell[^>]*>/, "")), formula: attribute("table:formula") };
      return Array.from({ length: repeated }, () => parsed);
    }),
  );
}

/** Every CSV converted in one LibreOffice run (it starts slowly); the cells of each, by file name. */
export function openInLibreOffice(files: Record<string, Buffer>): Record<string, SheetCell[][]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-csv-"));
  const inputs = Object.entries(files).map(([name, bytes]) => {
    const file = path.join(dir, `${name}.csv`);
    fs.writeFileSync(file, bytes);
    return file;
  });
  const profile = `file://${path.join(dir, "profile")}`;
  execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", `--infilter=${CSV_IMPORT}`, "--convert-to", "fods", "--outdir", path.join(dir, "out"), ...inputs], { stdio: "ignore", timeout: 120_000 });
  return Object.fromEntries(
    Object.keys(files).map((name) => {
      const flatXml = fs.readFileSync(path.join(dir, "out", `${name}.fods`), "utf8");
      return [name, rowsOf(flatXml.slice(flatXml.indexOf("<office:body>")))];
    }),
  );
}
