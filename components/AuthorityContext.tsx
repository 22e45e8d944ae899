import { textParagraphs } from "@/lib/authorities/authority-page";
import { figureRows } from "@/lib/authorities/context-figures";
import type { ContextFigures } from "@/lib/report/types";

const number = new Intl.NumberFormat("en-GB");

/** The context figures (counts and rates per 10,000 children) and the context text. */
export function AuthorityContext({ context }: { context: ContextFigures }) {
  const rows = figureRows(context);
  const paragraphs = textParagraphs(context.text);
  return (
    <>
      <table className="mb-3 max-w-measure">
        <caption className="caption-m">Children in the area</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col" className="numeric">
              Number
            </th>
            <th scope="col" className="numeric">
              Per 10,000 children
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="font-normal">
                {row.label}
              </th>
              <td className="numeric">{row.value === null ? <span className="hint">Not stated</span> : number.format(row.value)}</td>
              <td className="numeric">
                {row.rate !== null ? (
                  row.rate.toFixed(1)
                ) : row.key === "childrenPopulation" ? (
                  <>
                    <span aria-hidden="true">–</span> <span className="sr-only">Not applicable</span>
                  </>
                ) : (
                  <span className="hint">Not known</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Rates are per 10,000 children and young people living in the area, worked out from the report&rsquo;s figures.</p>
      {paragraphs.length === 0 ? <p>The report has no context section.</p> : paragraphs.map((p, i) => <p key={i}>{p}</p>)}
    </>
  );
}
