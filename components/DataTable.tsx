import type { ReactNode } from "react";

export interface DataColumn {
  label: ReactNode;
  /** Right-aligned, with figures of one width. */
  numeric?: boolean;
  /** Its cells head their rows (th scope="row"), as the name of what a row is about. */
  rowHeader?: boolean;
}

export interface DataRow {
  key: string | number;
  /** One per column. */
  cells: ReactNode[];
}

/**
 * A plain table of figures or short values: a caption, a heading per column,
 * one row per item, and optionally a totals row. It does not scroll by itself:
 * put it in a ScrollRegion (or a .table-scroll) when it can be wider than the
 * screen.
 */
export function DataTable({
  caption,
  captionId,
  captionClassName,
  columns,
  rows,
  foot,
}: {
  caption: ReactNode;
  captionId?: string;
  captionClassName?: string;
  columns: DataColumn[];
  rows: DataRow[];
  /** A last row in tfoot, such as totals, with a cell per column. */
  foot?: ReactNode[];
}) {
  const cells = (values: ReactNode[]) =>
    columns.map((column, i) =>
      column.rowHeader ? (
        <th scope="row" key={i}>
          {values[i]}
        </th>
      ) : (
        <td key={i} className={column.numeric ? "numeric" : undefined}>
          {values[i]}
        </td>
      ),
    );
  return (
    <table>
      <caption id={captionId} className={captionClassName}>
        {caption}
      </caption>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th scope="col" key={i} className={column.numeric ? "numeric" : undefined}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>{cells(row.cells)}</tr>
        ))}
      </tbody>
      {foot && (
        <tfoot>
          <tr>{cells(foot)}</tr>
        </tfoot>
      )}
    </table>
  );
}
