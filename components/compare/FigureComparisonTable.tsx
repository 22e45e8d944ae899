import type { FigureComparison } from "@/lib/compare";

const number = (n: number | null) => (n === null ? "Not stated" : n.toLocaleString("en-GB"));
const rate = (n: number | null) => (n === null ? "–" : n.toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

/**
 * Context figures side by side: the numbers as reported and, for the two
 * counts, per 10,000 children. On a phone each figure becomes a block, a line
 * per council (globals.css), with explicit roles so that it stays a table for
 * screen readers.
 */
export function FigureComparisonTable({ rows, aName, bName }: { rows: FigureComparison[]; aName: string; bName: string }) {
  const columns = [aName, `${aName}, per 10,000 children`, bName, `${bName}, per 10,000 children`];
  return (
    <section aria-labelledby="context" className="print-avoid-break">
      <h2 id="context">Context figures</h2>
      <table className="compare-figures" role="table">
        <caption className="visually-hidden">
          Context figures of {aName} and {bName}
        </caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader">
              Figure
            </th>
            {columns.map((c) => (
              <th scope="col" role="columnheader" className="numeric" key={c}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={row.label} role="row">
              <th scope="row" role="rowheader">
                {row.label}
              </th>
              <td role="cell" className="numeric" data-label={columns[0]}>
                {number(row.a.value)}
              </td>
              <td role="cell" className="numeric compare-figures__rate" data-label={columns[1]}>
                {row.a.key === "childrenPopulation" ? "" : rate(row.a.rate)}
              </td>
              <td role="cell" className="numeric" data-label={columns[2]}>
                {number(row.b.value)}
              </td>
              <td role="cell" className="numeric compare-figures__rate" data-label={columns[3]}>
                {row.b.key === "childrenPopulation" ? "" : rate(row.b.rate)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Rates are per 10,000 children and young people living in the area, from the figures each report gives.</p>
    </section>
  );
}
