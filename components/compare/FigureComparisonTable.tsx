import type { FigureComparison } from "@/lib/compare";

const number = (n: number | null) => (n === null ? "Not stated" : n.toLocaleString("en-GB"));
const rate = (n: number | null) => (n === null ? "–" : n.toLocaleString("en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 }));

/** Context figures side by side: the numbers as reported and, for the two counts, per 10,000 children. */
export function FigureComparisonTable({ rows, aName, bName }: { rows: FigureComparison[]; aName: string; bName: string }) {
  return (
    <section aria-labelledby="context" className="print-avoid-break">
      <h2 id="context">Context figures</h2>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">Context figures of {aName} and {bName}</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="numeric">{aName}</th>
              <th scope="col" className="numeric">{aName}, per 10,000 children</th>
              <th scope="col" className="numeric">{bName}</th>
              <th scope="col" className="numeric">{bName}, per 10,000 children</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td className="numeric">{number(row.a.value)}</td>
                <td className="numeric">{row.a.key === "childrenPopulation" ? "" : rate(row.a.rate)}</td>
                <td className="numeric">{number(row.b.value)}</td>
                <td className="numeric">{row.b.key === "childrenPopulation" ? "" : rate(row.b.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint">
        Rates are per 10,000 children and young people living in the area, from the figures each report gives.
      </p>
    </section>
  );
}
