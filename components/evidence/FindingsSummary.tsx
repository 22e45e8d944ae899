import { sectionId, sectionTitle } from "@/lib/authority-view";
import type { SectionSummary } from "@/lib/evidence-view";

/** Findings at a glance: per section (CQC outcome), how many paragraphs are strengths, concerns, mixed or neutral. */
export function FindingsSummary({ rows, name }: { rows: SectionSummary[]; name: string }) {
  const total = (key: keyof SectionSummary["counts"]) => rows.reduce((n, r) => n + r.counts[key], 0);
  return (
    <div className="table-scroll">
      <table className="findings-summary">
        <caption className="caption-m text-left">Findings at a glance: {name}&rsquo;s paragraphs by how they read</caption>
        <thead>
          <tr>
            <th scope="col">Section</th>
            <th scope="col" className="numeric">
              Strengths
            </th>
            <th scope="col" className="numeric">
              Concerns
            </th>
            <th scope="col" className="numeric">
              Mixed
            </th>
            <th scope="col" className="numeric">
              Neutral
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.number}>
              <th scope="row">
                <a href={`#${sectionId(r.number)}`}>
                  {r.number}. {sectionTitle(r)}
                </a>
              </th>
              <td className="numeric">{r.counts.strength}</td>
              <td className="numeric">{r.counts.concern}</td>
              <td className="numeric">{r.counts.mixed}</td>
              <td className="numeric">{r.counts.neutral}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">All findings</th>
            <td className="numeric">{total("strength")}</td>
            <td className="numeric">{total("concern")}</td>
            <td className="numeric">{total("mixed")}</td>
            <td className="numeric">{total("neutral")}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
