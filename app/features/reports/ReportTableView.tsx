import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { usePageLanguage } from "~/platform/i18n/use-page-language";
import { formatCell, type ReportTable } from "./report-table";

/** A report table, named for screen readers by `caption`, with a link to the same table as CSV. */
export function ReportTableView({ table, caption, csvHref, testId, linkFirstColumn }: { table: ReportTable; caption: string; csvHref: string; testId?: string; linkFirstColumn?: (rowIndex: number) => string }) {
  const { t } = useTranslation();
  const language = usePageLanguage();
  return (
    <div className="report-table">
      <div className="table-scroll">
        <table data-testid={testId} aria-label={caption}>
          <thead>
            <tr>
              {table.columns.map((column) => (
                <th key={column.label} scope="col" className={column.kind === "text" ? "text" : "number"}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, cellIndex) => {
                  const column = table.columns[cellIndex]!;
                  const text = formatCell(cell, column.kind, language);
                  return (
                    <td key={cellIndex} className={column.kind === "text" ? "text" : "number"}>
                      {cellIndex === 0 && linkFirstColumn ? <Link to={linkFirstColumn(rowIndex)}>{text}</Link> : text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href={csvHref} className="button button--secondary button--small" download>
          {t("reports.downloadCsv")}
        </a>
      </p>
    </div>
  );
}
