import type { OutcomeComparison } from "@/lib/compare";
import type { FindingSection } from "@/lib/report/types";

type Side = { slug: string; name: string };

export function outcomeHeading(o: { outcome: number | null; title: string }): string {
  return o.outcome === null ? o.title : `Outcome ${o.outcome}: ${o.title}`;
}

const anchorOf = (outcome: number | null) => (outcome === null ? "outcome-general" : `outcome-${outcome}`);
const paragraphAnchor = (ref: string) => `p-${ref.replace(/\./g, "-")}`;

function Column({ side, section }: { side: Side; section: FindingSection | null }) {
  return (
    <div className="compare-grid__column">
      <h4>{side.name}</h4>
      {section === null || section.paragraphs.length === 0 ? (
        <p className="hint">Not covered in this report.</p>
      ) : (
        section.paragraphs.map((p) => (
          <p key={p.ref} className="finding">
            <a className="finding__ref" href={`/authorities/${side.slug}#${paragraphAnchor(p.ref)}`} aria-label={`${side.name} paragraph ${p.ref}`}>
              {p.ref}
            </a>{" "}
            {p.text}
          </p>
        ))
      )}
    </div>
  );
}

/** One row per CQC outcome present in either report, each council's paragraphs in its own column. */
export function OutcomeComparisonList({ outcomes, a, b }: { outcomes: OutcomeComparison[]; a: Side; b: Side }) {
  return (
    <section aria-labelledby="findings">
      <h2 id="findings">Findings by CQC outcome</h2>
      <nav aria-label="Outcomes" className="no-print">
        <ul className="compare-contents">
          {outcomes.map((o) => (
            <li key={anchorOf(o.outcome)}>
              <a href={`#${anchorOf(o.outcome)}`}>{outcomeHeading(o)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {outcomes.map((o) => (
        <section key={anchorOf(o.outcome)} aria-labelledby={anchorOf(o.outcome)} className="compare-outcome">
          <h3 id={anchorOf(o.outcome)}>{outcomeHeading(o)}</h3>
          <div className="compare-grid">
            <Column side={a} section={o.a} />
            <Column side={b} section={o.b} />
          </div>
        </section>
      ))}
    </section>
  );
}
