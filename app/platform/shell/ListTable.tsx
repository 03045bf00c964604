import type { ReactNode } from "react";

/**
 * A list page's table: one header row of column labels over the rows the page
 * renders as `children`, scrolling sideways on narrow screens; the `empty`
 * line instead when there are no rows.
 */
export function ListTable(props: { testId: string; columns: string[]; empty: string; rowCount: number; children: ReactNode }) {
  if (props.rowCount === 0) return <p>{props.empty}</p>;
  return (
    <div className="table-scroll">
      <table data-testid={props.testId}>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
