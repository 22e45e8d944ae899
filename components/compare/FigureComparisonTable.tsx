import type { FigureComparison } from "@/lib/compare/compare-reports";

/** Numbers right-aligned in columns; on a phone, where each is labelled, left-aligned. */
const NUMERIC = "text-right tabular-nums max-sm:text-left";
/** On a phone: the council's figure in the first column of its line. */
const FIGURE = `${NUMERIC} max-sm:col-1`;
/** On a phone: the rate after the figure, worded ("per 10,000 children"); the population has no rate, and no line. */
const RATE = `${NUMERIC} max-sm:col-2 max-sm:before:content-none max-sm:not-empty:after:content-['_per_10,000_children'_/_''] max-sm:empty:hidden`;

const number = (n: number | null) => (n === null ? "Not stated" : n.toLocaleString("en-GB"));
const rate = (n: number | null) => (n === null ? "–" : n.toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

/**
 * Context figures side by side: the numbers as reported and, for the two
 * counts, per 10,000 children. On a phone each figure becomes a block, a line
 * per council: its figure, then the rate, which needs no council name
 * (.stacked-table), with explicit roles so that it stays a table for screen readers.
 */
export function FigureComparisonTable({ rows, aName, bName }: { rows: FigureComparison[]; aName: string; bName: string }) {
  const columns = [aName, `${aName}, per 10,000 children`, bName, `${bName}, per 10,000 children`];
  return (
    <section aria-labelledby="context" className="print:break-inside-avoid">
      <h2 id="context">Context figures</h2>
      <table className="stacked-table" role="table">
        <caption className="sr-only">
          Context figures of {aName} and {bName}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Figure
            </th>
            {columns.map((c) => (
              <th scope="col" role="columnheader" className={NUMERIC} key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.label} role="row" className="max-sm:grid max-sm:grid-cols-[auto_1fr] max-sm:gap-x-5 max-sm:gap-y-1 max-sm:py-2.5">
              <th scope="row" role="rowheader" className="max-sm:col-span-full">
                {row.label}
              </th>
              <td role="cell" className={FIGURE} data-label={columns[0]}>
                {number(row.a.value)}
              </td>
              <td role="cell" className={RATE} data-label={columns[1]}>
                {row.a.key === "childrenPopulation" ? "" : rate(row.a.rate)}
              </td>
              <td role="cell" className={FIGURE} data-label={columns[2]}>
                {number(row.b.value)}
              </td>
              <td role="cell" className={RATE} data-label={columns[3]}>
                {row.b.key === "childrenPopulation" ? "" : rate(row.b.rate)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-secondary-ink">
        Rates are per 10,000 children and young people living in the area, from the figures each report gives.
      </p>
    </section>
  );
}
